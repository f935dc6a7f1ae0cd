// time.NewTicker delivers periodic ticks; after Stop no more ticks arrive.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(30 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()
	fmt.Println("3 ticks took >= 90ms:", time.Since(start) >= 90*time.Millisecond)
	time.Sleep(80 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop?")
	default:
		fmt.Println("no tick after stop")
	}

	// ticker driving a loop with a done channel
	done := make(chan bool)
	tk2 := time.NewTicker(5 * time.Millisecond)
	count := 0
	go func() {
		time.Sleep(100 * time.Millisecond)
		done <- true
	}()
loop:
	for {
		select {
		case <-tk2.C:
			count++
		case <-done:
			break loop
		}
	}
	tk2.Stop()
	fmt.Println("some ticks:", count >= 3)
}
