// A go statement running a plain function, synchronised with a channel.
package main

import "fmt"

func worker(name string, n int, done chan bool) {
	sum := 0
	for i := 1; i <= n; i++ {
		sum += i
	}
	fmt.Println(name, "sum", sum)
	done <- true
}

func main() {
	done := make(chan bool)
	go worker("w1", 10, done)
	<-done
	go worker("w2", 100, done)
	<-done
	fmt.Println("main done")
}
