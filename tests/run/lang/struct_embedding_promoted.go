package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Mid struct {
	Base
	Level int
}

type Top struct {
	*Mid
	Extra string
}

func main() {
	m := Mid{Base{1, "m"}, 2}
	fmt.Println(m.ID, m.Name, m.Level, m.Describe())
	m.Rename("renamed")
	fmt.Println(m.Base.Name, m.Describe())
	t := Top{&m, "x"}
	t.Rename("viaTop")
	t.ID = 42
	fmt.Println(m.Name, m.ID, t.Describe(), t.Level)
	fmt.Println(m)
	f := t.Describe
	t.ID = 43
	fmt.Println(f())
}
