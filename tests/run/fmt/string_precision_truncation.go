package main

import "fmt"

type S struct{}

func (S) String() string { return "stringer-output" }

func main() {
	fmt.Printf("[%.0s][%.1s][%.5s][%.10s]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%.3v]\n", "truncate")
	fmt.Printf("[%.3q]\n", "truncate")
	fmt.Printf("[%.2x]\n", "truncate")
	fmt.Printf("[%.4s]\n", S{})
	fmt.Printf("[%.2s]\n", []byte("bytes"))
	fmt.Printf("[%8.3s]\n", "truncate")
	fmt.Printf("[%.3s]\n", []string{"abcdef", "g"})
}
