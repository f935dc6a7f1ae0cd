// for range over a channel receives until the channel is closed and drained.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			c <- i * i
		}
		close(c)
	}()
	sum := 0
	for v := range c {
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum", sum)

	d := make(chan string, 3)
	d <- "a"
	d <- "b"
	close(d)
	n := 0
	for range d {
		n++
	}
	fmt.Println("count", n)

	e := make(chan int)
	close(e)
	for v := range e {
		fmt.Println("never", v)
	}
	fmt.Println("empty range done")

	// break out of a range over a channel
	f := make(chan int, 10)
	for i := 0; i < 10; i++ {
		f <- i
	}
	for v := range f {
		if v == 3 {
			break
		}
		fmt.Println("f", v)
	}
	fmt.Println("left in f:", len(f))
}
