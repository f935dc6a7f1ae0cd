package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	t := arr[2:4:5]
	fmt.Println(t, len(t), cap(t))
	s[0] = 100
	fmt.Println(arr[1])

	// Appending within capacity shares the array.
	u := arr[:2]
	u = append(u, 42)
	fmt.Println(arr[2])

	// Full slice expression limits capacity, so append copies.
	w := arr[:2:2]
	w = append(w, 99)
	fmt.Println(arr[2], w)

	// Copy handles overlap.
	c := []int{1, 2, 3, 4, 5}
	copy(c[1:], c)
	fmt.Println(c)

	// Slices of slices.
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)

	// Slicing strings and omitting bounds.
	str := "abcdef"
	fmt.Println(str[2:], str[:3], str[:], str[1:1] == "")

	// Deleting and inserting.
	d := []string{"a", "b", "c", "d"}
	d = append(d[:1], d[2:]...)
	fmt.Println(d)
	d = append(d[:1], append([]string{"X"}, d[1:]...)...)
	fmt.Println(d)

	var nilS []int
	fmt.Println(nilS == nil, len(nilS), len(nilS[:0]))
	nilS = append(nilS, 1)
	fmt.Println(nilS)

	p := &arr
	fmt.Println(p[1:3])

	defer func() { fmt.Println("recovered:", recover() != nil) }()
	i := 10
	fmt.Println(c[i])
}
