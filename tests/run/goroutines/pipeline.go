// A pipeline: generator -> square -> filter -> printer, each stage a goroutine.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	for v := range sq(gen(1, 2, 3, 4, 5)) {
		fmt.Println(v)
	}
	for v := range odd(sq(sq(gen(1, 2, 3, 4, 5)))) {
		fmt.Println("odd", v)
	}
	// a long chain of stages
	var c <-chan int = gen(2)
	for i := 0; i < 4; i++ {
		c = sq(c)
	}
	fmt.Println("2^16 =", <-c)
}
