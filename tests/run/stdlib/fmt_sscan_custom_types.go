// fmt scanning into named types, pointers to named types, and a type implementing fmt.Scanner.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type ID int64
type Name string
type Flag bool

type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

type upper string

func (u *upper) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, func(r rune) bool { return r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	*u = upper(strings.ToUpper(string(tok)))
	return nil
}

func main() {
	var c Celsius
	var id ID
	var nm Name
	var fl Flag
	n, err := fmt.Sscan("36.6 9000000000 gopher true", &c, &id, &nm, &fl)
	fmt.Println(n, err, c, id, nm, fl)
	var p Point
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	var p2 Point
	n, err = fmt.Sscanf("pt=(5,-6)", "pt=%v", &p2)
	fmt.Println(n, err, p2)
	n, err = fmt.Sscan("(7;8)", &p2)
	fmt.Println("bad point:", n, err)
	var u1, u2 upper
	n, err = fmt.Sscan("hello world", &u1, &u2)
	fmt.Println(n, err, u1, u2)
	var ip *int
	n, err = fmt.Sscan("5", &ip)
	fmt.Println("ptr to nil ptr:", n, err)
	var pts []int
	n, err = fmt.Sscan("1 2", &pts)
	fmt.Println("slice:", n, err)
	var any interface{}
	n, err = fmt.Sscan("x", &any)
	fmt.Println("interface:", n, err)
	r := strings.NewReader("10 20 30")
	var a, b, d int
	n, err = fmt.Fscan(r, &a, &b, &d)
	fmt.Println("Fscan:", n, err, a+b+d)
}
