package main

import "fmt"

func main() {
	s := "héllo, 世界 ☺"
	fmt.Println(s, len(s))
	fmt.Printf("%s\n", s)
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%x\n", s)
	fmt.Printf("[%8s] [%-8s]\n", "日本語", "日本語")
	fmt.Printf("[%.2s]\n", "日本語")
	fmt.Printf("%q\n", "\u00e9\U0001F600\u200b")
	fmt.Printf("%+q\n", "\U0001F600")
	fmt.Printf("%q\n", "\a\b\f\r\v\x00\x7f")
}
