package main

// exit: 2

func main() {
	var f float32 = 0.1
	panic(f)
}
