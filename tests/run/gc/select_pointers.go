// select sending and receiving pointer values on several channels while
// other goroutines allocate; blocked selects hold the values to be sent.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type Box struct {
	id   int
	tag  string
	data []int
}

func newBox(id int) *Box {
	return &Box{id: id, tag: "b" + strconv.Itoa(id), data: make([]int, 16+id%16)}
}

func ok(b *Box) bool {
	return b.tag == "b"+strconv.Itoa(b.id) && len(b.data) == 16+b.id%16
}

func main() {
	a := make(chan *Box)
	b := make(chan *Box, 3)
	quit := make(chan struct{})
	var wg sync.WaitGroup

	// a sender choosing between two channels
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 10000; i++ {
			box := newBox(i)
			select {
			case a <- box:
			case b <- box:
			}
		}
		close(quit)
	}()

	// an allocator in the background
	stop := make(chan bool)
	wg.Add(1)
	go func() {
		defer wg.Done()
		var keep []*Box
		for {
			select {
			case <-stop:
				return
			default:
			}
			keep = append(keep, newBox(len(keep)))
			if len(keep) == 1000 {
				keep = nil
			}
			runtime.Gosched()
		}
	}()

	sum, cnt, bad := 0, 0, 0
	recv := func(x *Box) {
		if !ok(x) {
			bad++
		}
		sum += x.id
		cnt++
		if cnt%2000 == 0 {
			runtime.GC()
		}
	}
	done := false
	for !done {
		select {
		case x := <-a:
			recv(x)
		case x := <-b:
			recv(x)
		case <-quit:
			done = true
		}
	}
	// drain what is left in the buffer
	for len(b) > 0 {
		recv(<-b)
	}
	stop <- true
	wg.Wait()
	fmt.Println("received:", cnt, sum, bad)

	// a select with a receive and a send of a pointer in the same statement
	in := make(chan *Box)
	out := make(chan *Box)
	go func() {
		for i := 0; i < 3000; i++ {
			in <- newBox(i)
		}
		close(in)
	}()
	results := make(chan int)
	go func() {
		t := 0
		for x := range out {
			if !ok(x) {
				t = -1 << 40
			}
			t += x.id
		}
		results <- t
	}()
	var pending []*Box
	inOpen := true
	for inOpen || len(pending) > 0 {
		var send chan *Box
		var next *Box
		if len(pending) > 0 {
			send = out
			next = pending[0]
		}
		var rcv chan *Box
		if inOpen {
			rcv = in
		}
		select {
		case x, more := <-rcv:
			if !more {
				inOpen = false
				continue
			}
			pending = append(pending, newBox(x.id*2))
		case send <- next:
			pending = pending[1:]
		}
	}
	close(out)
	fmt.Println("relayed:", <-results)

	// select with default: non-blocking sends of fresh boxes into a buffer
	buf := make(chan *Box, 100)
	sent, dropped := 0, 0
	for i := 0; i < 5000; i++ {
		select {
		case buf <- newBox(i):
			sent++
		default:
			dropped++
		}
		if i%50 == 49 {
			for len(buf) > 40 {
				x := <-buf
				if !ok(x) {
					bad++
				}
			}
		}
	}
	fmt.Println("nonblocking:", sent, dropped, bad)
}
