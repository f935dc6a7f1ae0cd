// Ranging over a 2 MiB array by value in a goroutine: the copy the range
// makes lives on the heap, not in the goroutine's small fixed stack, whose
// guard region a 2 MiB frame would jump.
package main

import "fmt"

func work(seed int) int {
	var a [1 << 18]int
	for i := range a {
		a[i] = i + seed
	}
	s := 0
	for i, v := range a {
		a[i] = 0 // the loop reads the copy
		s += v
	}
	return s + a[5]
}

func main() {
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func(g int) { done <- work(g) }(g)
	}
	sum := 0
	for g := 0; g < 4; g++ {
		sum += <-done
	}
	fmt.Println(sum)
}
