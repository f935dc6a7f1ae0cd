// Goroutines that recursed deeply and ended give their stack memory back:
// after debug.FreeOSMemory, RSS is close to what it was before they ran.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

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

// deep recurses n frames of at least 512 bytes each, then waits for release.
func deep(n int, ready *sync.WaitGroup, release chan struct{}) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		ready.Done()
		<-release
		return pad[0]
	}
	return deep(n-1, ready, release) + pad[(n*7)%64]
}

func main() {
	const goroutines, depth = 200, 400
	before := rssKiB()
	var ready, done sync.WaitGroup
	release := make(chan struct{})
	for i := 0; i < goroutines; i++ {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			deep(depth, &ready, release)
		}()
	}
	ready.Wait()
	peak := rssKiB() - before
	close(release)
	done.Wait()
	debug.FreeOSMemory()
	left := rssKiB() - before
	fmt.Println("stacks took at least 40 MB:", peak > 40<<10)
	fmt.Println("kept under 10 MB after FreeOSMemory:", left < 10<<10)
	if peak <= 40<<10 || left >= 10<<10 {
		fmt.Fprintln(os.Stderr, "peak", peak, "KiB, left", left, "KiB")
	}
}
