package main

import (
	"fmt"
	"math"
)

const N = 4

type Matrix [N][N]float64
type Buffer [1 << 4]byte
type Small [len("abc")]int
type Bits [math.MaxInt8 / 32]uint32

var table [2 * N]string

func identity() Matrix {
	var m Matrix
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	m := identity()
	fmt.Println(m[2], len(m), len(m[0]))
	var b Buffer
	var s Small
	var bits Bits
	fmt.Println(len(b), len(s), len(bits), len(table))

	a := [...]int{1, 2, 3, 4, 5}
	var c [len(a)]int // len of an array is a constant
	copy(c[:], a[:])
	fmt.Println(c, cap(c))

	const size = three * 2
	var d [size]bool
	fmt.Println(len(d))

	type local [N - 1]rune
	var lc local
	lc[2] = 'z'
	fmt.Println(string(lc[2]), len(lc))
	var e [0]int
	fmt.Println(len(e), e)
	arrays := [2][3]int{}
	fmt.Println(len(arrays), len(arrays[1]))
	var f [N]int = [N]int{N - 1: 9}
	fmt.Println(f)
	var idx [5]int
	idx[N] = 7
	fmt.Println(idx)
}

const three = 2 + 1
