// Goroutines sleeping 120ms, 20ms and 70ms wake up in order of their deadlines.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	out := make(chan string)
	ready := make(chan bool)
	sleeper := func(name string, d time.Duration) {
		<-ready
		time.Sleep(d)
		out <- name
	}
	go sleeper("slow 120ms", 120*time.Millisecond)
	go sleeper("fast 20ms", 20*time.Millisecond)
	go sleeper("mid 70ms", 70*time.Millisecond)
	close(ready)
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	fmt.Println("elapsed >= 120ms:", time.Since(start) >= 120*time.Millisecond)

	t0 := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero/negative sleep is quick:", time.Since(t0) < time.Second)
}
