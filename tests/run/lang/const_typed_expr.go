package main

import "fmt"

type Celsius float64
type Score int16

const Boiling Celsius = 100
const Max Score = 30000

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	const half = Boiling / 2
	fmt.Println(half, Boiling*1.5)
	fmt.Printf("%T %v\n", Max+1, Max+1)
	var s Score = Max
	s += 5000
	fmt.Println(s)
	const mask = 0xFF &^ 0x0F
	fmt.Println(mask)
	const neg = -5
	fmt.Println(neg/2, neg%2, neg>>1)
	const str = "héllo"
	fmt.Println(len(str), str[1])
	const ff = 1.5e3
	fmt.Println(int(ff), ff)
}
