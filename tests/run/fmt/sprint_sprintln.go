package main

import "fmt"

func main() {
	a := fmt.Sprint("a", 1, 2, "b")
	b := fmt.Sprintln("a", 1, 2, "b")
	c := fmt.Sprint()
	d := fmt.Sprintln()
	fmt.Printf("%q\n%q\n%q\n%q\n", a, b, c, d)
	fmt.Println(len(a), len(b), len(c), len(d))
	e := fmt.Sprint(3, 4.5, true, nil)
	fmt.Printf("%q\n", e)
}
