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
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Box struct {
	C     Color
	Label string
}

func main() {
	fmt.Println(Red, Blue, Color(9))
	fmt.Println([]Color{Blue, Green})
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Println(Box{Green, "g"})
	fmt.Printf("%+v\n", Box{Blue, "b"})
	fmt.Printf("%d %v %x\n", Blue, Blue, Blue)
	var i interface{} = Green
	fmt.Println(i)
}
