package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%T %c %x\n", s[0], s[0], s[1])
	t := s
	b := []byte(t)
	b[0] = 'H'
	fmt.Println(s, string(b))
	fmt.Println(s[1:3] == "é", s[7:], s[:0] == "")
	var e string
	fmt.Println(len(e), e == "")
	sub := s[2:5]
	fmt.Println(len(sub), sub)
}
