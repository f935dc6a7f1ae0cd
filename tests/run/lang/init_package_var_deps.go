package main

import "fmt"

var x = y * 2
var y = z + 1
var z = initZ()

var table = buildTable()
var lookup = map[string]int{"x": x, "y": y}

var counter int

func initZ() int {
	counter++
	fmt.Println("initZ called, counter", counter)
	return 10
}

func buildTable() []int {
	fmt.Println("buildTable sees x =", x)
	t := make([]int, 5)
	for i := range t {
		t[i] = i * x
	}
	return t
}

var p, q = pair()

func pair() (int, int) {
	fmt.Println("pair")
	return 1, 2
}

func init() {
	fmt.Println("init sees", x, y, z, table, lookup, p, q)
}

func main() {
	fmt.Println("main", counter)
}
