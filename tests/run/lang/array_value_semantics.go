package main

import "fmt"

func setFirst(a [3]int) { a[0] = 100 }
func setFirstPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	setFirst(a)
	fmt.Println(a)
	setFirstPtr(&a)
	fmt.Println(a)
	p := &a
	p[2] = 30
	fmt.Println(a, len(p))
	for i, v := range a {
		a[2] = 99
		fmt.Println(i, v)
	}
	fmt.Println(a)
	c := [...]string{2: "c", 0: "a"}
	fmt.Println(len(c), c)
	fmt.Printf("%q\n", c)
	var z [4]bool
	fmt.Println(z)
	s := a[:]
	s[0] = -1
	fmt.Println(a)
}
