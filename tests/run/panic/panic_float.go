package main

// exit: 2

func main() {
	f := 1.5
	panic(f * 2)
}
