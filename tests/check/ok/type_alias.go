package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type P = Point // alias: identical type, shares methods
type Strs = []string
type Builder = strings.Builder
type Callback = func(int) string

func (p P) Sum() int { return p.X + p.Y } // method declared via alias

func describe(p Point) string { return fmt.Sprint(p.Sum()) }

func main() {
	var a P = P{1, 2}
	var b Point = a
	fmt.Println(a.Sum(), describe(a), b == a)
	fmt.Printf("%T\n", a)

	var s Strs = []string{"x", "y"}
	var plain []string = s
	fmt.Println(len(plain))

	var bld Builder
	bld.WriteString("alias to imported type")
	fmt.Println(bld.String())

	var cb Callback = func(i int) string { return fmt.Sprint(i * 2) }
	fmt.Println(cb(21))

	type MyByte = byte
	var mb MyByte = 'a'
	var bt byte = mb
	fmt.Println(bt, []byte("a")[0] == mb)

	var r rune = 'x'
	var i32 int32 = r // rune is an alias for int32
	fmt.Println(i32)
}
