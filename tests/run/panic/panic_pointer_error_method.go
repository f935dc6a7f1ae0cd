package main

// exit: 2

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	panic(&E{"pointer receiver"})
}
