package main

import (
	"errors"
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square float64

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (s Square) Area() float64    { return float64(s * s) }
func (s Square) Perimeter() float64 {
	return float64(4 * s)
}
func (s Square) String() string { return fmt.Sprintf("Square(%g)", float64(s)) }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type notFound string

func (n notFound) Error() string { return "not found: " + string(n) }

func find(k string) error {
	if k == "" {
		return nil
	}
	return notFound(k)
}

// Compile-time interface checks.
var _ Shape = Rect{}
var _ Shape = Square(0)
var _ fmt.Stringer = Square(0)
var _ sort.Interface = byArea(nil)
var _ error = notFound("")

func main() {
	shapes := []Shape{Rect{3, 4}, Square(2), Rect{1, 1}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Println(s, s.Area(), s.Perimeter())
	}
	var st fmt.Stringer = Square(3)
	fmt.Println(st.String())
	// Interface-to-interface assignment when method set is a superset.
	var sh Shape = Square(1)
	var str fmt.Stringer
	if v, ok := sh.(fmt.Stringer); ok {
		str = v
	}
	fmt.Println(str)
	err := find("x")
	var nf notFound
	fmt.Println(err, errors.As(err, &nf), nf)
	fmt.Println(find("") == nil)
}
