// A local struct holding pointers (a string, a slice) beside an array that
// is indexed by a variable: the array cannot be split into SSA values, so
// the whole variable lives in a heap cell rather than a stack slot the
// collector could not see into.
package main

import (
	"fmt"
	"os"
)

type Game struct {
	board [3]byte
	name  string
}

type Big struct {
	data [8]int64
	name string
	next *Big
}

type Board struct {
	cells [3][3]byte
	names [2]string
	turn  int
}

func build(n int) Big {
	var x Big
	x.name = "big"
	for i := 0; i < len(x.data); i++ {
		x.data[i] = int64(i * n)
	}
	return x
}

func main() {
	var g Game
	g.name = "tic"
	g.board = [3]byte{'.', '.', '.'}
	move := len(os.Args) // 1 when run without arguments
	g.board[move] = 'X'
	fmt.Printf("%c %s\n", g.board, g.name)

	k := len(os.Args)
	b := build(3)
	fmt.Println(b.data, b.name)
	var bd Board
	bd.names = [2]string{"x", "o"}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			bd.cells[i][j] = '.'
		}
	}
	bd.cells[k][k] = 'X'
	bd.names[k-1] = "X"
	for _, row := range bd.cells {
		fmt.Println(string(row[:]))
	}
	fmt.Println(bd.names, bd.turn)
}
