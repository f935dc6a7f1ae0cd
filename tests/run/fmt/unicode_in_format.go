package main

import "fmt"

func main() {
	fmt.Printf("é%dü%s→\n", 1, "ß")
	fmt.Printf("日本 %v 語\n", []string{"一", "二"})
	fmt.Printf("%5s|%-5s|\n", "ü", "ß")
	fmt.Printf("%.1s|%.4s|\n", "日本", "Ωmega")
	fmt.Println("emoji 😀", len("😀"))
	fmt.Printf("%x %X\n", "é", "😀")
	fmt.Printf("%q\n", 'ü')
}
