// time.After delivers the current time once after the duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	c := time.After(25 * time.Millisecond)
	t := <-c
	fmt.Println("fired after >= 25ms:", t.Sub(start) >= 25*time.Millisecond)
	fmt.Println("len/cap of timer channel:", len(c), cap(c))

	select {
	case <-c:
		fmt.Println("second value?")
	default:
		fmt.Println("only one value")
	}

	// several afters: the shortest fires first
	a := time.After(150 * time.Millisecond)
	b := time.After(10 * time.Millisecond)
	select {
	case <-a:
		fmt.Println("a first?")
	case <-b:
		fmt.Println("b first")
	}
	<-a
	fmt.Println("a later")
}
