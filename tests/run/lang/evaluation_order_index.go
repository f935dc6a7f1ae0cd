// An index expression evaluates its operand before its index, wherever it
// stands (call arguments, defer, ++, select cases); a select case's channel
// and value are each ordered as a statement's operands are.
package main

import "fmt"

var trace []string

func tr(s string) int          { trace = append(trace, s); return 0 }
func gs(s string) []int        { tr(s); return []int{1, 2, 3} }
func gm(s string) map[int]int  { tr(s); return map[int]int{0: 7} }
func gstr(s string) string     { tr(s); return "xyz" }
func ga(s string) *[3]int      { tr(s); return &[3]int{4, 5, 6} }
func gss(s string) [][]int     { tr(s); return [][]int{{1}, {2}} }
func sink(...int)              {}

type S struct{ f [2]int }

func gst(s string) []S { tr(s); return []S{{}} }

func show(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func main() {
	defer func() { show("deferred") }()
	defer sink(gs("a")[tr("b"):tr("c")+1]...)
	sink(gs("a")[tr("b"):tr("c")+1]...)
	show("slice")
	sink(gm("a")[tr("b")])
	show("map")
	sink(int(gstr("a")[tr("b")]))
	show("string")
	sink(ga("a")[tr("b")], (*ga("c"))[tr("d")])
	show("array ptr")
	sink(gss("a")[tr("b")][tr("c")], len(gss("d")[tr("e")]))
	show("nested")
	sink(gst("a")[tr("b")].f[tr("c")])
	show("field")
	m := map[int][]int{0: {1}}
	m[tr("a")][tr("b")]++
	show("incdec")
	c := make(chan int, 1)
	select {
	case c <- gss("a")[tr("b")][tr("c")]:
	}
	show("select")
	<-c
	x := 1
	f := func() int { x = 5; return 0 }
	select {
	case c <- x + f():
	}
	chans := []chan int{c, nil}
	x = 1
	select {
	case v := <-chans[x+f()-5]:
		fmt.Println("received", v)
	}
}
