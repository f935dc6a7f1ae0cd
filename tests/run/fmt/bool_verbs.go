package main

import "fmt"

func main() {
	t, f := true, false
	fmt.Println(t, f)
	fmt.Printf("%t %t\n", t, f)
	fmt.Printf("%v %v\n", t, f)
	fmt.Printf("[%6t] [%-6t]\n", t, f)
	fmt.Printf("%d\n", t)
	fmt.Printf("%s\n", f)
	fmt.Printf("%q\n", t)
	fmt.Print(t, f, "\n")
	fmt.Println(fmt.Sprint(t) + "!")
	fmt.Printf("%T\n", t)
}
