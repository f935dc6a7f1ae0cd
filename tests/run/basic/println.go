package main

func main() {
	println("hello", 1, true, 2.5, -7)
	var p *int
	println(p == nil)
}
