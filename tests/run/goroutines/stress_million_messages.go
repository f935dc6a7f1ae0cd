// Stress: 1000000 messages through a buffered channel from a producer to a consumer.
package main

import "fmt"

func main() {
	c := make(chan int, 128)
	go func() {
		for i := 0; i < 1000000; i++ {
			c <- i
		}
		close(c)
	}()
	sum := 0
	count := 0
	for v := range c {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}
