package main

import "fmt"

// exit: 2

type Counter struct{ n int }

func (c *Counter) Get() int { return c.n }

func (c *Counter) Name() string { return "counter" }

func main() {
	var c *Counter
	fmt.Println(c.Name())
	fmt.Println(c.Get())
}
