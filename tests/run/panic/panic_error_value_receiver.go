package main

// exit: 2

type T struct {
	A int
	B string
}

func (t T) Error() string { return "T error: " + t.B }

func main() {
	panic(T{1, "x"})
}
