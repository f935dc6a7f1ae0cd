// Map literals are built as gc builds them: the entries whose keys and
// values are constants (or array and struct literals of constants, not
// converted to interfaces) first, then the others in source order, each
// ordered as the statement m[k] = v.
package main

import "fmt"

type P struct{ x, y int }

func main() {
	i := 0
	h := func() int { i++; return i }
	fmt.Println(map[int]int{i: h()})
	fmt.Println(map[int]int{i: h(), h(): i})

	k := 1
	fmt.Println(map[int]string{k: "dyn", 1: "static"})
	fmt.Println(map[P]int{{k, 0}: 1, {1, 0}: 2})
	fmt.Println(map[int]interface{}{k: "dyn", 1: "iface"})
	fmt.Println(map[interface{}]int{k: 1, 1: 2})
	fmt.Println(map[[2]int]int{{k, k}: 1, [2]int{1, 1}: 2})
	fmt.Println(map[int][]int{k: {1}, 1: nil})
	fmt.Println(map[int]*int{k: nil, 1: new(int)} [1] == nil)
	var order []string
	f := func(s string, v int) int { order = append(order, s); return v }
	m := map[int]int{f("k1", 1): f("v1", 1), 2: 2, f("k3", 3): f("v3", 3)}
	fmt.Println(m, order)
}
