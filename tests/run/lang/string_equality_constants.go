// String equality against constants of every length up to 17 bytes, and
// between variables: lengths first, then bytes, as Go compares them.
package main

import "fmt"

func classify(s string) int {
	switch s {
	case "":
		return 0
	case "a":
		return 1
	case "ab", "ba":
		return 2
	case "GET":
		return 3
	case "POST":
		return 4
	case "DELETE":
		return 6
	case "OPTIONS":
		return 7
	case "12345678":
		return 8
	case "123456789":
		return 9
	case "héllo wörld!":
		return 12
	case "0123456789abcdef":
		return 16
	case "0123456789abcdefg":
		return 17
	}
	return -1
}

func main() {
	words := []string{"", "a", "b", "ab", "ba", "aa", "GET", "GEt", "POST", "POSt", "DELETE", "DELETF",
		"OPTIONS", "OPTIONs", "12345678", "12345679", "123456789", "123456788", "héllo wörld!", "héllo wörld?",
		"0123456789abcdef", "0123456789abcdeF", "0123456789abcdefg", "0123456789abcdefh", "x\x00", "\x00"}
	for _, w := range words {
		fmt.Print(classify(w), " ")
	}
	fmt.Println()
	b := []byte("GET")
	s := string(b[:2]) + "T"
	fmt.Println(s == "GET", "GET" == s, s != "GET", s == "GE", s[:0] == "", "" == s[3:])
	long := "the quick brown fox jumps over the lazy dog"
	other := string([]byte(long))
	fmt.Println(long == other, long[1:] == other[1:], long[:40] == other[:41], long == "the quick brown fox jumps over the lazy dog")
}
