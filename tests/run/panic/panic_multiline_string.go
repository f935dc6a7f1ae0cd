package main

// exit: 2

func main() {
	panic("line one\nline two")
}
