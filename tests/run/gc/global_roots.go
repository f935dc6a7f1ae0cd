// Package-level variables of every shape hold the only references to heap
// objects: pointers, slices, strings, maps, interfaces, funcs, channels,
// arrays of pointers and structs with pointer fields; they are replaced
// over and over while garbage is allocated.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Node struct {
	v    int
	next *Node
}

var (
	gPtr    *Node
	gSlice  []*Node
	gStr    string
	gMap    map[string]*Node
	gIface  interface{}
	gErr    error
	gFunc   func() int
	gChan   chan *Node
	gArr    [16]*Node
	gStruct struct {
		n    int
		p    *Node
		strs []string
	}
	gNested [4]struct {
		a int
		b *Node
	}
	initialized = buildInit()
)

// the sinks make garbage escape to the heap
var sinkN *Node
var sinkB []byte

func buildInit() *Node {
	var head *Node
	for i := 0; i < 1000; i++ {
		head = &Node{i, head}
	}
	return head
}

func length(n *Node) int {
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

func garbage() {
	for i := 0; i < 2000; i++ {
		sinkN = &Node{v: i}
		sinkB = make([]byte, 100)
	}
}

type myErr struct{ msg *string }

func (e myErr) Error() string { return *e.msg }

func main() {
	for round := 0; round < 30; round++ {
		gPtr = &Node{round, &Node{-round, nil}}
		gSlice = append(gSlice[:0:0], &Node{v: round}, &Node{v: round + 1})
		gStr = "global-" + strconv.Itoa(round)
		gMap = map[string]*Node{"k": &Node{v: round}}
		gIface = &Node{v: round * 2}
		msg := "err" + strconv.Itoa(round)
		gErr = myErr{&msg}
		box := &Node{v: round * 3}
		gFunc = func() int { return box.v }
		gChan = make(chan *Node, 1)
		gChan <- &Node{v: round * 4}
		for i := range gArr {
			gArr[i] = &Node{v: round + i}
		}
		gStruct.n = round
		gStruct.p = &Node{v: round * 5}
		gStruct.strs = []string{strconv.Itoa(round), "x"}
		for i := range gNested {
			gNested[i].a = i
			gNested[i].b = &Node{v: round*10 + i}
		}

		garbage()
		runtime.GC()
		garbage()

		ok := gPtr.v == round && gPtr.next.v == -round &&
			gSlice[0].v == round && gSlice[1].v == round+1 &&
			gStr == "global-"+strconv.Itoa(round) &&
			gMap["k"].v == round && gIface.(*Node).v == round*2 &&
			gErr.Error() == "err"+strconv.Itoa(round) && gFunc() == round*3 &&
			gStruct.n == round && gStruct.p.v == round*5 && gStruct.strs[0] == strconv.Itoa(round)
		for i := range gArr {
			if gArr[i].v != round+i {
				ok = false
			}
		}
		for i := range gNested {
			if gNested[i].b.v != round*10+i {
				ok = false
			}
		}
		if v := <-gChan; v.v != round*4 {
			ok = false
		}
		if !ok {
			fmt.Println("round", round, "damaged globals")
		}
	}
	fmt.Println("globals intact")
	fmt.Println("initialized list:", length(initialized), initialized.v)
	fmt.Println(gPtr.v, gStr, gErr, gFunc(), gArr[15].v, gNested[3].b.v)
}
