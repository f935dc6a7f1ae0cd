package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	g2 := grid
	g2[2][3] = 777
	fmt.Println(grid[2][3], g2[2][3], grid == g2)
	pr := &grid[0]
	pr[1] = 55
	fmt.Println(grid[0])
	var cube [2][2][2]byte
	cube[1][0][1] = 'x'
	fmt.Println(cube)
	id := [3][3]int{{1}, {0, 1}, {2: 1}}
	fmt.Println(id)
	sum := 0
	for _, r := range id {
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println(sum, len(id), len(id[0]))
}
