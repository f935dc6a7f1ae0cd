package main

// exit: 2

func main() {
	ok := 1 > 2
	panic(!ok)
}
