// os.Args: arguments passed on the command line, counted and quoted.
// args: first second -flag=value 42 héllo --
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println("argc", len(os.Args))
	fmt.Println("has program name:", len(os.Args[0]) > 0)
	for i, a := range os.Args[1:] {
		fmt.Printf("arg %d = %q\n", i+1, a)
	}
	n, err := strconv.Atoi(os.Args[4])
	fmt.Println(n*2, err)
	os.Args = append(os.Args, "added")
	fmt.Println(len(os.Args), os.Args[len(os.Args)-1])
}
