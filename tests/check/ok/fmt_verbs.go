package main

import (
	"fmt"
	"os"
)

type point struct {
	X, Y int
}

type wrapper struct {
	P    *point
	Name string
}

func main() {
	p := point{1, 2}
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%d %5d %-5d| %05d %x %X %o %b\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%f %.2f %8.3f %e %g\n", 3.14159, 3.14159, 3.14159, 1234.5, 0.000012)
	fmt.Printf("%s %q %10s|%-10s|\n", "go", "go", "right", "left")
	fmt.Printf("%c %U %q\n", 'G', 'G', 'G')
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%v %v\n", map[string]int{"b": 2, "a": 1}, [2]bool{true})
	fmt.Printf("%x % x %s\n", "hi", []byte("hi"), []byte("bytes"))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 8)
	w := wrapper{Name: "n"}
	fmt.Printf("%+v\n", w)
	fmt.Printf("%v %s\n", fmt.Errorf("wrapped: %w", os.ErrNotExist), fmt.Sprint("a", 1, 2, "b"))
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	fmt.Print("no newline", " ", 1, 2, "\n")
	fmt.Println(fmt.Sprintln("with", "spaces") == "with spaces\n")
	fmt.Fprintf(os.Stdout, "%v|%v|%v\n", int8(-1), uint8(255), 'x')
	var ip *int
	fmt.Println(ip == nil, fmt.Sprintf("%v", ip))
}
