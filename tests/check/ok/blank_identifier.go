package main

import (
	"fmt"
	_ "strings"
)

type Doer interface{ Do() int }
type impl struct{}

func (impl) Do() int { return 1 }

var _ Doer = impl{}
var _ Doer = (*impl)(nil)
var _ = initSideEffect()

func initSideEffect() int {
	fmt.Println("side effect")
	return 0
}

type padded struct {
	A int
	_ [4]byte
	B int
	_ string
}

func ignoreArgs(_ int, _ string) int { return 7 }

func pair() (int, int) { return 1, 2 }

func (impl) _() {}

const _ = 5

func main() {
	_, b := pair()
	a, _ := pair()
	fmt.Println(a, b)
	_ = a
	var _ int = 3
	var _, c = pair()
	fmt.Println(c)
	for _, v := range []int{1} {
		fmt.Println(v)
	}
	for i := range make([]struct{}, 2) {
		_ = i
	}
	p := padded{A: 1, B: 2}
	fmt.Println(p.A, p.B)
	fmt.Println(ignoreArgs(1, "x"))
	_ = impl{}.Do
	m := map[string]int{"k": 1}
	_, ok := m["k"]
	fmt.Println(ok)
	var i interface{} = 3
	_, isInt := i.(int)
	fmt.Println(isInt)
}
