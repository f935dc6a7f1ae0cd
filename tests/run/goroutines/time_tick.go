// time.Tick returns a channel delivering periodic ticks.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	c := time.Tick(15 * time.Millisecond)
	var last time.Time
	for i := 0; i < 3; i++ {
		t := <-c
		fmt.Println("tick", i, "after previous:", t.After(last))
		last = t
	}
	fmt.Println("elapsed >= 45ms:", time.Since(start) >= 45*time.Millisecond)
	fmt.Println("non-positive duration gives nil:", time.Tick(0) == nil, time.Tick(-1) == nil)
}
