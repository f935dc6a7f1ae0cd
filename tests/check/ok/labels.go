package main

import "fmt"

func main() {
	// Labeled break out of nested loops.
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i*j == 2 {
				fmt.Println("break at", i, j)
				break outer
			}
		}
	}

	// Labeled continue.
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	// Breaking out of a loop from inside a switch and select.
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println("n =", n)

	ch := make(chan int, 1)
	ch <- 1
recv:
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
		default:
			break recv
		}
	}

	// Labeled switch.
sw:
	switch x := 5; {
	case x > 2:
		if x > 4 {
			break sw
		}
		fmt.Println("not reached at runtime")
	}

	// Label names live in their own namespace.
	outer := 1
	fmt.Println(outer)
}
