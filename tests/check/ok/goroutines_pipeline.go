package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func workerPool(jobs []int, workers int) []int {
	results := make([]int, len(jobs))
	jobCh := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for idx := range jobCh {
				results[idx] = jobs[idx] * 10
			}
		}()
	}
	for i := range jobs {
		jobCh <- i
	}
	close(jobCh)
	wg.Wait()
	return results
}

func main() {
	for v := range square(square(gen(1, 2, 3))) {
		fmt.Println(v)
	}
	fmt.Println(workerPool([]int{1, 2, 3, 4, 5}, 3))

	// Ping-pong between two goroutines.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(v, ok)

	// Unbuffered handoff with a done channel.
	done := make(chan bool)
	msg := ""
	go func() {
		msg = "set by goroutine"
		done <- true
	}()
	<-done
	fmt.Println(msg)
}
