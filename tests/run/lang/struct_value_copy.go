package main

import "fmt"

type T struct {
	N    int
	Arr  [2]int
	S    []int
	M    map[string]int
	Name string
}

func mutate(t T) {
	t.N = 100
	t.Arr[0] = 100
	t.S[0] = 100
	t.M["k"] = 100
	t.Name = "changed"
}

func main() {
	t := T{1, [2]int{1, 2}, []int{1, 2}, map[string]int{"k": 1}, "orig"}
	mutate(t)
	fmt.Println(t.N, t.Arr, t.S, t.M, t.Name)
	u := t
	u.Arr[1] = 50
	u.S[1] = 50
	fmt.Println(t.Arr, t.S, u.Arr, u.S)
	ts := []T{t}
	ts[0].N = 7
	fmt.Println(t.N, ts[0].N)
	for _, x := range ts {
		x.N = 99
	}
	fmt.Println(ts[0].N)
	for i := range ts {
		ts[i].N = 99
	}
	fmt.Println(ts[0].N)
	arr := [2]T{}
	arr[1].Name = "second"
	fmt.Println(arr[0].Name == "", arr[1].Name)
}
