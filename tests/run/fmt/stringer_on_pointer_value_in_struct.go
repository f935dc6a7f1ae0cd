package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V(%d)", v.n) }

type Wrap struct {
	Val  V
	List []V
	M    map[string]V
}

func main() {
	w := Wrap{V{1}, []V{{2}, {3}}, map[string]V{"k": {4}}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(&w)
	fmt.Println([]interface{}{V{5}, &V{6}})
}
