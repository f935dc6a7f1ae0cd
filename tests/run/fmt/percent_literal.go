package main

import "fmt"

func main() {
	fmt.Printf("100%%\n")
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%%d %%%d\n", 7)
	fmt.Println(fmt.Sprintf("%"))
	fmt.Println(fmt.Sprintf("abc%"))
	fmt.Println(fmt.Sprintf("%-"))
	fmt.Printf("%5%|\n")
	fmt.Println("%d is not interpreted by Println")
}
