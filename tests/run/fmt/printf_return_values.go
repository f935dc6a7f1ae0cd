package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := fmt.Printf("hello %d\n", 42)
	fmt.Println(n, err)
	n, err = fmt.Println("abc", "é")
	fmt.Println(n, err)
	n, err = fmt.Print("x", "\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%s|\n", "日本")
	fmt.Println(n, err)
}
