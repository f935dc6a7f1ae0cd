package main

import "fmt"

type Logger interface{ Log(string) string }

type Prefix struct{ p string }

func (p Prefix) Log(s string) string { return p.p + s }

type Service struct {
	Logger
	name string
}

type Loud struct{ Service }

func (l Loud) Log(s string) string { return "!!" + l.Service.Log(s) }

func main() {
	s := Service{Prefix{"[svc] "}, "a"}
	fmt.Println(s.Log("hello"))
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	s.Logger = Prefix{"[new] "}
	fmt.Println(s.Log("x"), l.Log("y"))
	ld := Loud{s}
	l = ld
	fmt.Println(l.Log("z"))
	empty := Service{}
	fmt.Println(empty.Logger == nil)
}
