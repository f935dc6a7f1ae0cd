// Goroutines pass pointers, slices, strings and interfaces through
// buffered and unbuffered channels while allocating; values in flight (in
// a channel buffer or held by a blocked sender) are reachable only from
// the channel.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type Msg struct {
	id      int
	payload []byte
	text    string
	reply   chan *Msg
}

// sink makes garbage escape to the heap
var sink interface{}

func producer(id, n int, out chan<- *Msg, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		m := &Msg{id: id*100000 + i, payload: make([]byte, 64+i%200), text: strconv.Itoa(i)}
		m.payload[0] = byte(i)
		out <- m
	}
}

func main() {
	// several producers, one consumer, unbuffered
	for _, size := range []int{0, 1, 64} {
		ch := make(chan *Msg, size)
		var wg sync.WaitGroup
		for p := 0; p < 4; p++ {
			wg.Add(1)
			go producer(p, 5000, ch, &wg)
		}
		go func() { wg.Wait(); close(ch) }()
		sum, cnt, bad := 0, 0, 0
		for m := range ch {
			i := m.id % 100000
			if m.payload[0] != byte(i) || len(m.payload) != 64+i%200 || m.text != strconv.Itoa(i) {
				bad++
			}
			sum += m.id
			cnt++
			if cnt%5000 == 0 {
				runtime.GC()
			}
		}
		fmt.Println("buffer", size, ":", cnt, sum, bad)
	}

	// a full buffer holds the only references while the collector runs
	full := make(chan []string, 1000)
	for i := 0; i < 1000; i++ {
		full <- []string{strconv.Itoa(i), "v" + strconv.Itoa(i)}
	}
	for i := 0; i < 100; i++ {
		sink = make([]byte, 10000)
	}
	runtime.GC()
	fs := 0
	for i := 0; i < 1000; i++ {
		s := <-full
		n, _ := strconv.Atoi(s[0])
		if s[1] != "v"+s[0] {
			fs = -1 << 40
		}
		fs += n
	}
	fmt.Println("full buffer:", fs)

	// request/reply: each message carries its own reply channel
	reqs := make(chan *Msg)
	var swg sync.WaitGroup
	for w := 0; w < 3; w++ {
		swg.Add(1)
		go func() {
			defer swg.Done()
			for m := range reqs {
				r := &Msg{id: m.id * 2, text: m.text + "!", payload: append([]byte(nil), m.payload...)}
				m.reply <- r
			}
		}()
	}
	total := 0
	for i := 0; i < 3000; i++ {
		m := &Msg{id: i, text: strconv.Itoa(i), payload: []byte{byte(i)}, reply: make(chan *Msg, 1)}
		reqs <- m
		r := <-m.reply
		if r.text != m.text+"!" || r.payload[0] != byte(i) {
			total = -1 << 40
		}
		total += r.id
	}
	close(reqs)
	swg.Wait()
	fmt.Println("request/reply:", total)

	// interfaces and channels of channels
	ich := make(chan interface{}, 10)
	cch := make(chan chan string, 10)
	go func() {
		for i := 0; i < 2000; i++ {
			if i%2 == 0 {
				ich <- &Msg{id: i}
			} else {
				ich <- "s" + strconv.Itoa(i)
			}
			c := make(chan string, 1)
			c <- strconv.Itoa(i * 3)
			cch <- c
		}
		close(ich)
		close(cch)
	}()
	is, cs := 0, 0
	for v := range ich {
		switch x := v.(type) {
		case *Msg:
			is += x.id
		case string:
			n, _ := strconv.Atoi(x[1:])
			is += n
		}
		c := <-cch
		n, _ := strconv.Atoi(<-c)
		cs += n
	}
	fmt.Println("interfaces:", is, "channels:", cs)

	// a pipeline of stages, each allocating a new value
	src := make(chan *Msg)
	go func() {
		for i := 0; i < 5000; i++ {
			src <- &Msg{id: i}
		}
		close(src)
	}()
	stage := func(in <-chan *Msg, tag string) <-chan *Msg {
		out := make(chan *Msg, 4)
		go func() {
			for m := range in {
				out <- &Msg{id: m.id + 1, text: m.text + tag}
			}
			close(out)
		}()
		return out
	}
	var c <-chan *Msg = src
	for i := 0; i < 5; i++ {
		c = stage(c, strconv.Itoa(i))
	}
	ps, last := 0, ""
	for m := range c {
		ps += m.id
		last = m.text
	}
	fmt.Println("pipeline:", ps, last)
}
