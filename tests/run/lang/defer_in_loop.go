package main

import "fmt"

func process(items []string) (log []string) {
	for i, it := range items {
		defer func() {
			log = append(log, fmt.Sprintf("cleanup %d %s", i, it))
		}()
	}
	log = append(log, "processed")
	return
}

func loopWithFunc() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("done", i)
			fmt.Println("work", i)
		}()
	}
}

func main() {
	for _, l := range process([]string{"a", "b", "c"}) {
		fmt.Println(l)
	}
	loopWithFunc()
	total := 0
	func() {
		for i := 1; i <= 100; i++ {
			defer func(k int) { total += k }(i)
		}
	}()
	fmt.Println(total)
}
