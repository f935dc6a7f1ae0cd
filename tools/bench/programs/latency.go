// latency: a collector pause benchmark. A ring keeps R ~1 KiB objects
// ([]byte of 1024) live while T more are allocated, each replacing the
// oldest entry of the ring. The longest gap between two consecutive
// allocations, measured with time.Now(), is the longest pause the program
// saw (collector pauses, and anything else that stopped it). Arguments:
// ring size (default 1 000 000) and total allocations (default 5 000 000).
// Standard output is a deterministic checksum only; the pause goes to
// standard error as "max pause seen by program: X ms".
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

const size = 1024

func main() {
	ringSize := 1000000
	total := 5000000
	if len(os.Args) > 1 {
		ringSize, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		total, _ = strconv.Atoi(os.Args[2])
	}
	if ringSize < 1 {
		ringSize = 1
	}

	ring := make([][]byte, ringSize)
	var sum uint64
	var maxGap time.Duration
	last := time.Now()
	for n := 0; n < ringSize+total; n++ {
		b := make([]byte, size)
		b[0] = byte(n)
		b[size/2] = byte(n >> 8)
		b[size-1] = byte(n >> 16)
		now := time.Now()
		if gap := now.Sub(last); gap > maxGap {
			maxGap = gap
		}
		last = now
		i := n % ringSize
		if old := ring[i]; old != nil {
			sum += uint64(old[0]) + uint64(old[size/2])<<8 + uint64(old[size-1])<<16
		}
		ring[i] = b
	}
	for _, b := range ring {
		sum += uint64(b[0]) ^ uint64(b[size-1])
	}
	fmt.Println(sum)
	fmt.Fprintf(os.Stderr, "max pause seen by program: %.2f ms\n", float64(maxGap)/float64(time.Millisecond))
}
