package main

import "fmt"

type Name struct{ First string }

func (n Name) String() string { return "Name(" + n.First + ")" }

type Person struct {
	Name
	Age int
}

type Pet struct {
	N   Name
	Age int
}

func main() {
	p := Person{Name{"Ann"}, 30}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	q := Pet{Name{"Rex"}, 3}
	fmt.Println(q)
	fmt.Printf("%+v\n", q)
}
