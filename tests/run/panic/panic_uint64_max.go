package main

// exit: 2

func main() {
	var u uint64 = 1<<64 - 1
	panic(u)
}
