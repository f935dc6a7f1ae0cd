package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime error:", re.Error())
			return
		}
		fmt.Println(name, "recovered:", r)
	}()
	f()
}

type custom struct{ code int }

func nested() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("nested: %v", r)
		}
	}()
	func() {
		defer fmt.Println("inner deferred runs during panic")
		panic("inner")
	}()
	return nil
}

func rePanic() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func main() {
	try("index", func() {
		s := []int{1}
		i := 5
		_ = s[i]
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nil pointer", func() {
		var p *custom
		fmt.Println(p.code)
	})
	try("divide", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	try("assert", func() {
		var i interface{} = "s"
		fmt.Println(i.(int))
	})
	try("custom", func() { panic(custom{42}) })
	try("error", func() { panic(errors.New("an error")) })
	try("none", func() {})
	fmt.Println(nested())
	try("repanic", rePanic)
	try("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
}
