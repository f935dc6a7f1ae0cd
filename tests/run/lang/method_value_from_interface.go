package main

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(string) string }
type English struct{}
type Custom struct{ word string }

func (English) Greet(n string) string  { return "Hello, " + n }
func (c *Custom) Greet(n string) string { return c.word + ", " + n }

func apply(f func(string) string, names []string) string {
	var out []string
	for _, n := range names {
		out = append(out, f(n))
	}
	return strings.Join(out, "; ")
}

func main() {
	var g Greeter = English{}
	f := g.Greet
	c := &Custom{"Hi"}
	g = c
	h := g.Greet
	c.word = "Yo"
	fmt.Println(apply(f, []string{"a", "b"}))
	fmt.Println(apply(h, []string{"c"}))
	fmt.Println(apply(strings.ToUpper, []string{"d", "e"}))
	ge := Greeter.Greet
	fmt.Println(ge(English{}, "z"))
}
