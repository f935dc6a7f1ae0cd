package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair struct{ A, B int }

func (p Pair) String() string { return fmt.Sprintf("<%d,%d>", p.A, p.B) }

func main() {
	c := Celsius(21.55)
	fmt.Println(c)
	fmt.Printf("%v %s %q\n", c, c, c)
	fmt.Printf("%f %.3f\n", c, c)
	p := Pair{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, p, &p)
	fmt.Printf("%d\n", p)
	fmt.Println([]Pair{{1, 1}, {2, 2}})
	fmt.Println(map[string]Celsius{"x": 1, "y": -3})
	fmt.Print(p, p, "\n")
	fmt.Println(p.String() + "!")
	fmt.Printf("[%10v]\n", p)
}
