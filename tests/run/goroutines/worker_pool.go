// A worker pool: jobs on one channel, results collected and sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	Job    int
	Worker int
	Value  int
}

func worker(id int, jobs <-chan int, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{Job: j, Worker: id, Value: j * j * j}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan Result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workersSeen := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersSeen[r.Worker] = r.Worker >= 1 && r.Worker <= 4
	}
	sort.Slice(all, func(i, k int) bool { return all[i].Job < all[k].Job })
	sum := 0
	for _, r := range all {
		fmt.Print(r.Value, " ")
		sum += r.Value
	}
	fmt.Println()
	fmt.Println("count", len(all), "sum", sum)
	ok := true
	for _, v := range workersSeen {
		ok = ok && v
	}
	fmt.Println("worker ids valid:", ok)
}
