package main

import "fmt"

// exit: 2

type Level int

func (l Level) String() string { return fmt.Sprintf("Level<%d>", int(l)) }

func main() {
	var s fmt.Stringer = Level(3)
	panic(s)
}
