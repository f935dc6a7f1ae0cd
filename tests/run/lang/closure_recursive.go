package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var walk func(n int, acc []int) []int
	walk = func(n int, acc []int) []int {
		if n == 0 {
			return acc
		}
		return walk(n-1, append(acc, n))
	}
	fmt.Println(walk(5, nil))
	memo := map[int]int{}
	var ways func(int) int
	ways = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := ways(n-1) + ways(n-2) + ways(n-3)
		memo[n] = r
		return r
	}
	fmt.Println(ways(40))
	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	fmt.Println(even(10), odd(7), even(7))
}
