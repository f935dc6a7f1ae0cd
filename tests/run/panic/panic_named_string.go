package main

// exit: 2

type Reason string

func main() {
	panic(Reason("out of coffee"))
}
