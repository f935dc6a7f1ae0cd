package main

import "fmt"

func main() {
	rows := make([][]int, 4)
	for i := range rows {
		rows[i] = make([]int, i+1)
		for j := range rows[i] {
			if j == 0 || j == i {
				rows[i][j] = 1
			} else {
				rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
			}
		}
	}
	fmt.Println(rows)
	shared := rows[2]
	shared[1] = 42
	fmt.Println(rows[2])
	rows = append(rows, []int{7})
	fmt.Println(len(rows), rows[4])
	var jag [][]string
	jag = append(jag, []string{"a"}, nil, []string{"b", "c"})
	for i, r := range jag {
		fmt.Println(i, len(r), r == nil, r)
	}
}
