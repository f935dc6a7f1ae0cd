package main

import (
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime.Error:", err.Error())
			return
		}
		if err, ok := r.(error); ok {
			fmt.Println(name, "error:", err.Error())
			return
		}
		fmt.Println(name, "other:", r)
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ X int }
	var i interface{} = "str"
	zero := 0
	catch("index", func() { _ = s[5] })
	catch("slice", func() { t := []int{1, 2, 3}; k := 5; _ = t[1:k] })
	catch("nilmap", func() { m["a"] = 1 })
	catch("div", func() { fmt.Println(10 / zero) })
	catch("nilptr", func() { fmt.Println(p.X) })
	catch("assert", func() { _ = i.(int) })
	catch("custom", func() { panic("plain string") })
	catch("errval", func() { panic(fmt.Errorf("wrapped %d", 5)) })
	catch("makeslice", func() { n := -1; _ = make([]int, n) })
	catch("arr", func() { var a [3]int; k := 3; a[k%4] = 1 })
	catch("str", func() { s := "abc"; k := 10; _ = s[k] })
	catch("conv", func() { arr := []int{1}; _ = (*[2]int)(arr) })
}
