package main

import "fmt"

func main() {
	a := map[string]map[string]int{
		"y": {"b": 2, "a": 1},
		"x": {"z": 26},
		"w": nil,
	}
	fmt.Println(a)
	b := []map[int]string{{2: "two", 1: "one"}, {}, nil}
	fmt.Println(b)
	c := [][]int{{1, 2}, {}, nil, {3}}
	fmt.Println(c)
	d := map[string]interface{}{"n": 1, "s": "str", "l": []int{1}, "m": map[string]int{"k": 1}, "nil": nil}
	fmt.Println(d)
	fmt.Printf("%+v\n", d)
	e := [][]string{{"a", "b"}, {"c"}}
	fmt.Printf("%q\n", e)
	fmt.Printf("%v\n", [2][3]int{{1, 2, 3}, {4, 5, 6}})
}
