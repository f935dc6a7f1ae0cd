// Fan-in: several producers merged into one channel, results sorted.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func producer(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return c
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func selectMerge(a, b <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

func main() {
	var got []string
	for v := range merge(producer("a", 3), producer("b", 2), producer("c", 4)) {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, ","))

	got = got[:0]
	for v := range selectMerge(producer("x", 3), producer("y", 3)) {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, ","))
}
