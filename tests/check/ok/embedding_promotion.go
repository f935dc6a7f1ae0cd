package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("%d:%s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Base
	*Logger
	Name string // shadows Base.Name (shallower depth wins)
}

type Outer struct {
	Service
	Extra int
}

func (o Outer) Describe() string { return "outer " + o.Service.Describe() }

type Describer interface{ Describe() string }

func main() {
	s := Service{Base: Base{ID: 1, Name: "base"}, Logger: &Logger{prefix: "> "}, Name: "svc"}
	fmt.Println(s.ID, s.Name, s.Base.Name)
	fmt.Println(s.Describe())
	s.Rename("renamed")
	fmt.Println(s.Base.Name)
	s.Log("hello")

	o := Outer{Service: s, Extra: 2}
	fmt.Println(o.ID, o.Describe(), o.Service.Describe())
	o.Log("from outer")
	o.Rename("deep")
	fmt.Println(o.Base.Name)

	var d Describer = s
	fmt.Println(d.Describe())
	d = o
	fmt.Println(d.Describe())
	d = &o
	fmt.Println(d.Describe())
}
