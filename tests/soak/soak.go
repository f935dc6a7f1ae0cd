// The collector's soak: a constant live set (a ring of records that own
// slices, strings and maps) whose members are replaced for the given
// number of seconds. After a warm-up the resident set must stay flat:
// what the collector frees is reused, and pages it no longer needs go back
// to the OS. Prints "rss flat: ok", or the samples when it grew.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type record struct {
	id    int
	data  []int
	name  string
	attrs map[string]int
	next  *record
}

const live = 100000

func rssKiB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "VmRSS:"), "kB")))
			return n
		}
	}
	return -1
}

func newRecord(i int) *record {
	r := &record{id: i, data: make([]int, 8+i%24), name: "record-" + strconv.Itoa(i)}
	if i%16 == 0 {
		r.attrs = map[string]int{r.name: i, "mod": i % 7}
	}
	return r
}

func main() {
	seconds := 20
	if len(os.Args) > 1 {
		seconds, _ = strconv.Atoi(os.Args[1])
	}
	ring := make([]*record, live)
	for i := range ring {
		ring[i] = newRecord(i)
	}
	warmup := time.Duration(seconds) * time.Second / 4
	start := time.Now()
	deadline := start.Add(time.Duration(seconds) * time.Second)
	var samples []int
	nextSample := start.Add(warmup)
	checksum := 0
	for i := live; time.Now().Before(deadline); i++ {
		for j := 0; j < 1000; j++ {
			k := (i*1000 + j) % live
			r := newRecord(i*1000 + j)
			r.next = &record{id: -k, name: r.name[:6]}
			ring[k] = r
		}
		checksum += ring[i%live].data[0] + len(ring[i%live].name)
		if now := time.Now(); now.After(nextSample) {
			samples = append(samples, rssKiB())
			nextSample = now.Add(time.Second)
		}
	}
	if len(samples) < 2 {
		fmt.Println("too few samples:", samples)
		return
	}
	base, peak := samples[0], 0
	for _, s := range samples {
		if s > peak {
			peak = s
		}
	}
	// Flat: no more than 20% (and 4 MiB of slack) above the first sample
	// after the warm-up.
	if peak > base+base/5+4096 {
		fmt.Println("rss grew: KiB samples", samples)
		return
	}
	fmt.Println("rss flat: ok", checksum > 0)
}
