package main

import (
	"fmt"
	"os"
	"strings"
)

// args: alpha beta gamma

func main() {
	args := os.Args[1:]
	fmt.Println(len(os.Args), len(args))
	fmt.Println(args)
	fmt.Printf("%q\n", args)
	for i, a := range args {
		fmt.Println(i, a, strings.ToUpper(a))
	}
	fmt.Println(strings.Join(args, "+"))
}
