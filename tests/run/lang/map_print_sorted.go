package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 10: "j", 0: "z"})
	fmt.Println(map[string]bool{"b": true, "a": false, "B": true, "": false})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y"})
	fmt.Println(map[bool][]int{true: {1}, false: nil})
	fmt.Printf("%v %d\n", map[rune]int{'b': 1, 'a': 2}, map[uint8]int8{200: -1, 7: 1})
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Printf("%#v\n", map[string]int{"y": 1, "x": 2})
}
