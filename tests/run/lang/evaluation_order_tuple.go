// A tuple-valued call or comma-ok form runs before the operands of the
// assignment's targets are read (gc assigns its results through temporaries).
package main

import (
	"errors"
	"fmt"
)

type N struct{ a, b int }

var nodes []N
var m = map[string]int{"x": 1}
var ch = make(chan int, 4)
var i = 0

func grow() (int, int) {
	nodes = append(nodes, N{}, N{})
	return 7, 8
}

func bumpI() (int, error) { i++; return 5, errors.New("e") }

func main() {
	nodes = make([]N, 1, 1)
	nodes[0].a, nodes[0].b = grow()
	fmt.Println(nodes)
	arr := []int{0, 0, 0}
	var err error
	arr[i], err = bumpI()
	fmt.Println(arr, err)
	var ok bool
	i = 0
	var iface interface{} = 3
	arr[i], ok = iface.(int)
	fmt.Println(arr, ok)
	ch <- 9
	arr[2], ok = <-ch
	fmt.Println(arr, ok)
	arr[1], ok = m["x"]
	fmt.Println(arr, ok)
	var p *N
	defer func() { fmt.Println("recovered", recover()) }()
	p.a, p.b = func() (int, int) { fmt.Println("called"); return 1, 2 }()
}
