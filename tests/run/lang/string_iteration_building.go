package main

import (
	"fmt"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	s = strings.ToLower(s)
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			b = append(b, s[i])
		}
	}
	for i := 0; i < len(b)/2; i++ {
		if b[i] != b[len(b)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c = 'a' + (c-'a'+byte(k))%26
		}
		out[i] = c
	}
	return string(out)
}

func main() {
	fmt.Println(reverse("Hello, 世界"))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("nope"))
	fmt.Println(caesar("hello, world", 3), caesar(caesar("xyz", 3), 23))
	words := strings.Fields("the quick brown fox")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
	s := ""
	for i := 0; i < 1000; i++ {
		s += "x"
	}
	fmt.Println(len(s))
}
