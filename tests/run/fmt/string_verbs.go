package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%v|%q\n", s, s, s)
	fmt.Printf("%x|%X|% x|%#x\n", s, s, s, s)
	fmt.Printf("[%10s][%-10s]\n", s, s)
	fmt.Printf("[%.3s][%8.2s][%-8.2s]\n", s, s, s)
	fmt.Printf("[%010s]\n", s)
	fmt.Printf("[%10q]\n", s)
	fmt.Printf("%q\n", "tab\there \"quoted\" back\\slash\n")
	fmt.Printf("%#q\n", "raw string")
	fmt.Printf("%#q\n", "has `backtick`")
	fmt.Printf("[%s]\n", "")
	fmt.Printf("%q\n", "")
}
