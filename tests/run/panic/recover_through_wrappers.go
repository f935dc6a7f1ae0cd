// recover() in a deferred method works when the method is reached through a
// wrapper (an interface method, a method value, a method expression or a
// promoted method), as Go's WRAPPER functions are transparent to it; a
// method called by a deferred closure still does not recover.
package main

import "fmt"

type T struct{ name string }

func (t T) rec()   { fmt.Println(t.name, "rec:", recover()) }
func (t *T) prec() { fmt.Println(t.name, "prec:", recover()) }

type Outer struct{ T }
type OuterP struct{ *T }

type I interface{ rec() }
type PI interface{ prec() }

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "NOT recovered inside, outer got:", r)
		}
	}()
	f()
}

func main() {
	run("iface value recv", func() { var i I = T{"a"}; defer i.rec(); panic(1) })
	run("iface ptr to value recv", func() { var i I = &T{"b"}; defer i.rec(); panic(2) })
	run("iface ptr recv", func() { var i PI = &T{"c"}; defer i.prec(); panic(3) })
	run("method value", func() { t := T{"d"}; f := t.rec; defer f(); panic(4) })
	run("method value ptr", func() { t := &T{"e"}; f := t.prec; defer f(); panic(5) })
	run("method expr", func() { defer T.rec(T{"f"}); panic(6) })
	run("method expr ptr", func() { defer (*T).prec(&T{"g"}); panic(7) })
	run("method expr ptr->val", func() { defer (*T).rec(&T{"h"}); panic(8) })
	run("promoted", func() { o := Outer{T{"i"}}; defer o.rec(); panic(9) })
	run("promoted ptr", func() { o := &Outer{T{"j"}}; defer o.prec(); panic(10) })
	run("promoted embptr", func() { o := OuterP{&T{"k"}}; defer o.rec(); panic(11) })
	run("iface promoted", func() { var i I = Outer{T{"l"}}; defer i.rec(); panic(12) })
	run("direct ptr->val", func() { t := &T{"m"}; defer t.rec(); panic(13) })
	run("method value via iface", func() { var i I = T{"n"}; f := i.rec; defer f(); panic(14) })
	run("ptr method value of val", func() { t := T{"o"}; f := t.prec; defer f(); panic(15) })
	run("iface method expr", func() { defer I.rec(T{"p"}); panic(16) })
	run("go stmt style", func() { var i PI = &T{"q"}; defer func() { i.prec() }(); panic(17) })
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		t := T{"r"}
		f := t.rec
		defer f()
		panic(18)
	}()
	<-done
}
