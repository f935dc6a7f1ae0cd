package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
		x := 3
		fmt.Println("inner inner x", x)
	} else if y := x * 10; y > 0 {
		fmt.Println("y", y, x)
	} else {
		fmt.Println("else", x, y)
	}
	fmt.Println("outer x", x)
	if v, err := strconv.Atoi("zz"); err != nil {
		fmt.Println("error path", v, err != nil)
	} else if v > 10 {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}
	for _, s := range []string{"5", "50", "q"} {
		if v, err := strconv.Atoi(s); err != nil {
			fmt.Println(s, "bad")
		} else if w := v * 2; w > 50 {
			fmt.Println(s, "big", w)
		} else {
			fmt.Println(s, "small", v, w)
		}
	}
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
}
