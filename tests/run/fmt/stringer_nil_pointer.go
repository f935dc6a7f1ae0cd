package main

import "fmt"

type Safe struct{ v int }

func (s *Safe) String() string {
	if s == nil {
		return "safe-nil"
	}
	return "safe"
}

type Unsafe struct{ v int }

func (u *Unsafe) String() string { return fmt.Sprint("unsafe ", u.v) }

func main() {
	var a *Safe
	var b *Unsafe
	fmt.Println(a)
	fmt.Println(b)
	fmt.Printf("%v|%s|%d\n", a, b, b)
	fmt.Println(&Safe{}, &Unsafe{3})
}
