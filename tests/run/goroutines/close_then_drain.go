// Values buffered before close are still delivered after close.
package main

import "fmt"

func main() {
	c := make(chan string, 4)
	c <- "one"
	c <- "two"
	c <- "three"
	close(c)
	fmt.Println("len after close:", len(c))
	for {
		v, ok := <-c
		if !ok {
			fmt.Println("drained, ok=false, v=", v == "")
			break
		}
		fmt.Println(v, len(c))
	}

	// close by producer while consumer is still draining
	d := make(chan int, 100)
	go func() {
		for i := 1; i <= 100; i++ {
			d <- i
		}
		close(d)
	}()
	total := 0
	count := 0
	for v := range d {
		total += v
		count++
	}
	fmt.Println(count, total)
}
