package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Getter interface{ Get() int }
type Incrementer interface {
	Get() int
	Inc()
}

func main() {
	var c Counter
	// Addressable value: pointer methods are callable via auto &.
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())

	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Get())

	// T's method set has only value methods; *T's has both.
	var g Getter = c
	var g2 Getter = p
	var inc Incrementer = p
	inc.Inc()
	fmt.Println(g.Get(), g2.Get(), inc.Get())

	// Pointer methods on composite literal via explicit &.
	(&Counter{n: 10}).Inc()
	fmt.Println(Counter{n: 5}.Get())

	// Slice elements are addressable.
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs[0].Get(), cs[1].Get())

	// Array elements of addressable arrays too.
	var arr [2]Counter
	arr[1].Inc()
	fmt.Println(arr[1].n)

	// Map values are not addressable; use a pointer map.
	pm := map[string]*Counter{"a": {}}
	pm["a"].Inc()
	fmt.Println(pm["a"].Get())
}
