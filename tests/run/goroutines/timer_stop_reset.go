// time.NewTimer: Stop returns true on a pending timer, false after it fired; Reset re-arms it.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t2 := time.NewTimer(10 * time.Millisecond)
	<-t2.C
	fmt.Println("t2 fired")
	fmt.Println("stop after fire:", t2.Stop())
	fmt.Println("reset expired:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("t2 fired again")

	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t3.Reset(15*time.Millisecond))
	start := time.Now()
	<-t3.C
	fmt.Println("t3 fired soon:", time.Since(start) < 30*time.Minute)

	// a stopped timer never delivers
	t4 := time.NewTimer(10 * time.Millisecond)
	t4.Stop()
	select {
	case <-t4.C:
		fmt.Println("t4 fired?")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("t4 stayed silent")
	}

	// a fired but unread timer: Stop returns false and the value stays in C
	t5 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("stop fired unread:", t5.Stop())
	select {
	case <-t5.C:
		fmt.Println("value still in C")
	default:
		fmt.Println("C empty")
	}
}
