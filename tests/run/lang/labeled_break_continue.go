package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	found := false
search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue loop
		case i > 7:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1}
sw:
	switch m["a"] {
	case 1:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Print("k", k, " ")
		}
		fmt.Println("not printed")
	}
	fmt.Println("done")
}
