package main

import "fmt"

type T struct {
	N int
}

func (t *T) String() string { return fmt.Sprintf("T#%d", t.N) }

func main() {
	t := T{5}
	fmt.Println(t)
	fmt.Println(&t)
	fmt.Printf("%v %v\n", t, &t)
	fmt.Printf("%+v %+v\n", t, &t)
	fmt.Printf("%s\n", &t)
	fmt.Println([]*T{{1}, {2}})
	fmt.Println([]T{{1}, {2}})
	var s fmt.Stringer = &t
	fmt.Println(s)
	t.N = 9
	fmt.Println(s)
}
