package main

import (
	"fmt"
	"sort"
	"strings"
)

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return strings.ToLower(n[i]) < strings.ToLower(n[j]) }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type Set map[string]bool

func (s Set) Add(k string)   { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	n := Names{"bob", "Alice", "carol", "Dave"}
	sort.Sort(n)
	fmt.Println(n)
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(3, 4))
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
}
