package main

import "fmt"

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	return a / b, true
}

func main() {
	for _, d := range []int{2, 0, 5, 0, -1} {
		q, ok := safeDiv(10, d)
		fmt.Println(d, q, ok)
	}
	var results []string
	for i := 0; i < 4; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					results = append(results, fmt.Sprint("recovered ", r))
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			results = append(results, fmt.Sprint("ok ", i))
		}()
	}
	fmt.Println(results)
}
