// Fibonacci numbers three ways: naive recursion, a memo table, and a loop
// that stops before uint64 overflows.
package main

import "fmt"

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

func fibMemo(n int, memo map[int]int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fibMemo(n-1, memo) + fibMemo(n-2, memo)
	memo[n] = v
	return v
}

func main() {
	for n := 0; n <= 25; n += 5 {
		fmt.Printf("fib(%d) = %d\n", n, fibRec(n))
	}
	memo := map[int]int{}
	fmt.Println("fib(90) =", fibMemo(90, memo), "with", len(memo), "memo entries")

	a, b := uint64(0), uint64(1)
	n := 0
	for b >= a { // stops at the first wraparound
		a, b = b, a+b
		n++
	}
	fmt.Printf("the largest Fibonacci number in a uint64 is fib(%d) = %d\n", n, a)
}
