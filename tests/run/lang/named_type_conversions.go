package main

import "fmt"

type Meters float64
type Feet float64
type ID int32
type Pair struct{ A, B int }
type OtherPair struct{ A, B int }
type Names []string
type Handler func(int) int

func main() {
	m := Meters(3)
	f := Feet(m * 3.28084)
	fmt.Printf("%.3f %T\n", f, f)
	var id ID = 70000
	fmt.Println(int16(id), int64(id)+1)
	p := Pair{1, 2}
	op := OtherPair(p)
	op.A = 10
	fmt.Println(p, op)
	n := Names([]string{"x"})
	raw := []string(n)
	raw[0] = "y"
	fmt.Println(n, len(raw))
	h := Handler(func(x int) int { return -x })
	fmt.Println(h(5))
	type Str string
	s := Str("abc")
	fmt.Println(string(s)+"d", []byte(s), len(s))
	var r rune = 'Z'
	fmt.Println(string(r), byte(r), Str(r))
}
