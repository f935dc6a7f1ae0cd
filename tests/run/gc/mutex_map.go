// Several goroutines allocate and share a map guarded by a sync.Mutex, a
// slice guarded by an RWMutex, and an atomic.Value holding a snapshot;
// the totals are checked at the end.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type Account struct {
	name    string
	balance int
	history []int
}

type Snapshot struct {
	version int
	names   []string
}

// one sink per worker makes garbage escape to the heap
var sinks [6][]byte

func main() {
	var mu sync.Mutex
	accounts := make(map[string]*Account)
	var rw sync.RWMutex
	var log []string
	var snap atomic.Value
	snap.Store(&Snapshot{})
	var ops int64

	const workers = 6
	const perWorker = 6000
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				name := "acct" + strconv.Itoa((w*perWorker+i)%500)
				mu.Lock()
				a := accounts[name]
				if a == nil {
					a = &Account{name: name}
					accounts[name] = a
				}
				a.balance += i % 10
				a.history = append(a.history, i%10)
				if len(a.history) > 20 {
					// replace the history with a fresh copy: the old is garbage
					h := make([]int, 10, 32)
					copy(h, a.history[len(a.history)-10:])
					a.history = h
				}
				if i%997 == 0 {
					// drop and recreate an account, keeping its balance
					delete(accounts, name)
					accounts[name] = &Account{name: name, balance: a.balance, history: []int{}}
				}
				mu.Unlock()

				if i%100 == 0 {
					rw.Lock()
					log = append(log, name+":"+strconv.Itoa(i))
					rw.Unlock()
					mu.Lock()
					names := make([]string, 0, len(accounts))
					for n := range accounts {
						names = append(names, n)
					}
					mu.Unlock()
					old := snap.Load().(*Snapshot)
					snap.Store(&Snapshot{version: old.version + 1, names: names})
				}
				if i%50 == 0 {
					rw.RLock()
					n := len(log)
					if n > 0 && log[n-1] == "" {
						panic("empty log entry")
					}
					rw.RUnlock()
				}
				sinks[w] = make([]byte, 128)
				atomic.AddInt64(&ops, 1)
				if i%1500 == 0 {
					runtime.GC()
				}
			}
		}(w)
	}
	wg.Wait()
	runtime.GC()

	total := 0
	bad := 0
	for n, a := range accounts {
		if a.name != n {
			bad++
		}
		total += a.balance
	}
	want := 0
	for w := 0; w < workers; w++ {
		for i := 0; i < perWorker; i++ {
			want += i % 10
		}
	}
	s := snap.Load().(*Snapshot)
	fmt.Println("accounts:", len(accounts), total == want, total, bad)
	fmt.Println("log:", len(log), "ops:", atomic.LoadInt64(&ops))
	fmt.Println("snapshot:", s.version > 0, len(s.names) > 0 && len(s.names) <= 500)
}
