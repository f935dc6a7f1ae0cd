// Cases on nil channels are never ready in select.
package main

import "fmt"

func main() {
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("recv nil?", v)
	case nilc <- 1:
		fmt.Println("send nil?")
	default:
		fmt.Println("default with nil channels")
	}

	// disabling cases by setting channels to nil
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
		}
	}
	fmt.Println("sumA", sumA, "sumB", sumB)

	ready := make(chan int, 1)
	ready <- 5
	select {
	case <-nilc:
		fmt.Println("nil won?")
	case v := <-ready:
		fmt.Println("ready won", v)
	}
}
