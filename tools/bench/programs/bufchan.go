// Buffered channel throughput: 4 producers and 4 consumers share one
// channel of capacity 1024 carrying n values in all.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	const producers, consumers = 4, 4
	c := make(chan int, 1024)
	var pw sync.WaitGroup
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func(p int) {
			for i := p; i < n; i += producers {
				c <- i
			}
			pw.Done()
		}(p)
	}
	sums := make(chan int, consumers)
	for k := 0; k < consumers; k++ {
		go func() {
			s := 0
			for v := range c {
				s += v
			}
			sums <- s
		}()
	}
	pw.Wait()
	close(c)
	total := 0
	for k := 0; k < consumers; k++ {
		total += <-sums
	}
	fmt.Println(total)
}
