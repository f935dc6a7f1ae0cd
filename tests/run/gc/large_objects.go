// Large objects (over 32 KiB, up to several MiB) allocated and dropped
// repeatedly, with and without pointers; a few are kept and checked. The
// heap after a collection is bounded by the kept ones.
package main

import (
	"fmt"
	"runtime"
)

const MiB = 1 << 20

type Holder struct {
	big  *[1 << 17]int // 1 MiB
	ptrs []*int
}

var sink interface{}

func heap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func main() {
	base := heap()

	// byte slices just above and well above 32 KiB
	sum := 0
	for i := 0; i < 400; i++ {
		n := 32*1024 + 1 + (i%50)*4096
		b := make([]byte, n)
		b[0], b[n-1] = byte(i), byte(i+1)
		sink = b
		sum += int(b[0]) + int(b[n-1]) + len(b)
	}
	fmt.Println("byte slices:", sum)

	// 1 MiB arrays through new, in place
	asum := 0
	for i := 0; i < 60; i++ {
		a := new([1 << 17]int)
		a[0] = i
		a[len(a)-1] = i * 2
		sink = a
		asum += a[0] + a[len(a)-1]
	}
	fmt.Println("arrays:", asum)

	// big pointer slices: every element points to a small object
	var keep [][]*int
	for i := 0; i < 30; i++ {
		ps := make([]*int, 64*1024) // 512 KiB of pointers
		for k := range ps {
			if k%1024 == 0 {
				v := i*1000 + k/1024
				ps[k] = &v
			}
		}
		if i%10 == 0 {
			keep = append(keep, ps)
		}
	}
	runtime.GC()
	ks := 0
	for _, ps := range keep {
		for k := 0; k < len(ps); k += 1024 {
			ks += *ps[k]
		}
	}
	fmt.Println("pointer slices:", len(keep), ks)

	// holders of 1 MiB arrays, replaced round after round
	hs := make([]*Holder, 4)
	for round := 0; round < 40; round++ {
		h := &Holder{big: new([1 << 17]int)}
		h.big[12345] = round
		for k := 0; k < 10; k++ {
			v := round*10 + k
			h.ptrs = append(h.ptrs, &v)
		}
		hs[round%4] = h
	}
	hsum := 0
	for _, h := range hs {
		hsum += h.big[12345]
		for _, p := range h.ptrs {
			hsum += *p
		}
	}
	fmt.Println("holders:", hsum)

	// the heap holds about 4 MiB of holders + 1.5 MiB of pointer slices
	h := heap()
	if h < base+5*MiB || h > base+6*MiB+16*MiB {
		fmt.Println("heap with kept large objects out of range:", (h-base)/MiB, "MiB")
	} else {
		fmt.Println("heap bounded by kept large objects: ok")
	}
	runtime.KeepAlive(keep)
	runtime.KeepAlive(hs)

	// growing a slice far past 32 KiB by append
	var grow []int
	for i := 0; i < 1000000; i++ {
		grow = append(grow, i)
	}
	gs := 0
	for _, v := range grow {
		gs += v
	}
	fmt.Println("grown:", len(grow), gs)

	// dropping everything lets the heap fall back
	keep, hs, grow, sink = nil, nil, nil, nil
	after := heap()
	if after > base+4*MiB {
		fmt.Println("heap did not fall:", (after-base)/MiB, "MiB")
	} else {
		fmt.Println("heap fell: ok")
	}

	// a 4 MiB string built from bytes, then sliced
	bs := make([]byte, 4*MiB)
	for i := range bs {
		bs[i] = 'a' + byte(i%26)
	}
	s := string(bs)
	bs = nil
	sub := s[3*MiB : 3*MiB+5]
	s = ""
	runtime.GC()
	fmt.Println("substring of a large string:", sub)
}
