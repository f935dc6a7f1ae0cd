package main

import "fmt"

const Big = 1 << 40
const F = 1.0 / 3

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func main() {
	fmt.Println(Big, F, 'x', "s", 1e3, 2.0)
	fmt.Println(Sunday, Monday)
	fmt.Printf("%T %T %T %T %T\n", Big, F, 'x', 1e3, Monday)
	fmt.Println(int64(Big)*2, float32(F))
	const c = 5
	var u uint8 = c
	fmt.Println(u, c/2, c/2.0)
}
