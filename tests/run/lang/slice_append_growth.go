package main

import "fmt"

type Big struct {
	a [5]int64
}

type Mid struct {
	a, b, c int32
}

func main() {
	var b []byte
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, 1)
		if cap(b) != last {
			last = cap(b)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var ints []int
	last = -1
	for i := 0; i < 5000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var i32 []int32
	last = -1
	for i := 0; i < 3000; i++ {
		i32 = append(i32, 1)
		if cap(i32) != last {
			last = cap(i32)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var m []Mid
	last = -1
	for i := 0; i < 2000; i++ {
		m = append(m, Mid{})
		if cap(m) != last {
			last = cap(m)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bg []Big
	last = -1
	for i := 0; i < 1000; i++ {
		bg = append(bg, Big{})
		if cap(bg) != last {
			last = cap(bg)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 2000; i++ {
		ss = append(ss, "")
		if cap(ss) != last {
			last = cap(ss)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
}
