package main

// exit: 2

type Code int

func main() {
	panic(Code(-7))
}
