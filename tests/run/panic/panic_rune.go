package main

// exit: 2

func main() {
	r := 'a'
	panic(r)
}
