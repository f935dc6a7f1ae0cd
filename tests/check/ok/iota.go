package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Flag uint

const (
	FlagA Flag = 1 << iota
	FlagB
	_
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	zero = iota * 2
	two
	str   = "s"
	three = iota
)

const solo = iota

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Println(FlagA, FlagB, FlagD, FlagA|FlagD)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(zero, two, str, three, solo)
	const (
		x = iota + 'a'
		y
	)
	fmt.Println(string(rune(x)), string(rune(y)))
}
