package main

import (
	"fmt"
	"sort"
)

// A struct embedding an interface gets its methods promoted and can
// override some of them.
type reverse struct {
	sort.Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Speaker interface{ Speak() string }

type loud struct{ Speaker }

func (l loud) Speak() string { return l.Speaker.Speak() + "!!!" }

type dog struct{}

func (dog) Speak() string { return "woof" }

type Logger interface{ Log(string) }

type Service struct {
	Logger
	name string
}

type stdoutLogger struct{ prefix string }

func (s stdoutLogger) Log(msg string) { fmt.Println(s.prefix + msg) }

func main() {
	nums := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(nums)})
	fmt.Println(nums)

	var sp Speaker = loud{dog{}}
	fmt.Println(sp.Speak())
	sp = loud{sp}
	fmt.Println(sp.Speak())

	svc := Service{Logger: stdoutLogger{"[svc] "}, name: "x"}
	svc.Log("started " + svc.name)

	var empty Service
	defer func() { fmt.Println("nil embedded interface panics:", recover() != nil) }()
	empty.Log("boom")
}
