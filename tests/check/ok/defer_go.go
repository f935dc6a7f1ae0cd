package main

import (
	"fmt"
	"sync"
)

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func argsEvaluatedEarly() (out string) {
	x := "early"
	defer func(s string) { out = s + "/" + x }(x)
	x = "late"
	return "ignored"
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("closing", r.name) }

func useResources() {
	a := &resource{"a"}
	defer a.Close()
	b := &resource{"b"}
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

func main() {
	deferOrder()
	fmt.Println()
	fmt.Println(argsEvaluatedEarly())
	useResources()

	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			results[k] = k * k
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	done := make(chan string)
	go worker("w1", done)
	fmt.Println(<-done)

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go add(&mu, &total, i, &wg2)
	}
	wg2.Wait()
	fmt.Println(total)
}

func worker(name string, done chan<- string) {
	defer close(done)
	done <- name + " finished"
}

func add(mu *sync.Mutex, total *int, v int, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	defer mu.Unlock()
	*total += v
}
