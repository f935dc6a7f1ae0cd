package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range &arr {
		arr[i] += "!"
	}
	fmt.Println(arr)

	// The range expression is evaluated once; array is copied.
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		nums[2] = 100
		if i == 2 {
			fmt.Println("copied value", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice value", v)
		}
	}

	for i, r := range "aπ" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(keys, sum)

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	count := 0
	for range sl {
		count++
	}
	fmt.Println(count)

	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var nilMap map[int]int
	for k := range nilMap {
		fmt.Println("never", k)
	}

	// Range with assignment to existing variables.
	var idx, val int
	for idx, val = range []int{7, 8} {
	}
	fmt.Println(idx, val)

	// Classic and condition-only for loops.
	i := 0
	for i < 3 {
		i++
	}
	for j := 10; j > 7; j -= 2 {
		fmt.Print(j, " ")
	}
	fmt.Println(i)
	for {
		i--
		if i == 0 {
			break
		}
	}
	fmt.Println(i)
}
