// Interfaces holding pointers and channels compare their data words inline;
// every other dynamic type goes to the runtime, which panics for
// uncomparable ones and compares NaN unequal to itself.
package main

import (
	"errors"
	"fmt"
	"io"
	"math"
)

type node struct{ v int }

func compare(a, b interface{}) (eq bool, err interface{}) {
	defer func() { err = recover() }()
	return a == b, nil
}

func main() {
	p, q := &node{1}, &node{1}
	fmt.Println(compare(p, p))
	fmt.Println(compare(p, q))
	fmt.Println(compare(p, (*node)(nil)))
	fmt.Println(compare((*node)(nil), (*node)(nil)))

	c1, c2 := make(chan int), make(chan int)
	fmt.Println(compare(c1, c1))
	fmt.Println(compare(c1, c2))
	fmt.Println(compare(c1, (chan int)(nil)))
	var recvOnly <-chan int = c1
	fmt.Println(compare(c1, recvOnly))

	var err error = io.EOF
	fmt.Println(err == io.EOF, err == io.ErrUnexpectedEOF, err != io.EOF)
	wrapped := fmt.Errorf("read: %w", io.EOF)
	fmt.Println(wrapped == io.EOF, errors.Unwrap(wrapped) == io.EOF)

	fmt.Println(compare(map[string]int{}, map[string]int{}))
	fmt.Println(compare(main, main))
	fmt.Println(compare([]int{1}, []int{1}))
	nan := interface{}(math.NaN())
	fmt.Println(compare(nan, nan))
	fmt.Println(compare(struct{ p *node }{p}, struct{ p *node }{p}))
	fmt.Println(compare([2]*node{p, q}, [2]*node{p, q}))
	fmt.Println(compare("s", "s"))
}
