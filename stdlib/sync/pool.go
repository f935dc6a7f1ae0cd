// pool.go holds Pool: a mutex-protected free list (Go's per-P lock-free
// design needs processor pinning) that hands items back in the order one P's
// pool of Go's does: the private item first, then the shared ones, most
// recently put first (fmt's printers rely on which one comes back: a
// Formatter sees the width its printer last parsed). The runtime may empty all pools at garbage
// collection through the cleanup registered with runtime_registerPoolCleanup.
// Based on Go 1.19 src/sync/pool.go.
// Copyright 2013 The Go Authors. BSD-style license: see stdlib/LICENSE.

package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
//
// Any item stored in the Pool may be removed automatically at any time without
// notification. If the Pool holds the only reference when this happens, the
// item might be deallocated.
//
// A Pool is safe for use by multiple goroutines simultaneously.
//
// Pool's purpose is to cache allocated but unused items for later reuse,
// relieving pressure on the garbage collector. That is, it makes it easy to
// build efficient, thread-safe free lists. However, it is not suitable for all
// free lists.
//
// An appropriate use of a Pool is to manage a group of temporary items
// silently shared among and potentially reused by concurrent independent
// clients of a package. Pool provides a way to amortize allocation overhead
// across many clients.
//
// An example of good use of a Pool is in the fmt package, which maintains a
// dynamically-sized store of temporary output buffers. The store scales under
// load (when many goroutines are actively printing) and shrinks when
// quiescent.
//
// On the other hand, a free list maintained as part of a short-lived object is
// not a suitable use for a Pool, since the overhead does not amortize well in
// that scenario. It is more efficient to have such objects implement their own
// free list.
//
// A Pool must not be copied after first use.
//
// In the terminology of the Go memory model, a call to Put(x) “synchronizes before”
// a call to Get returning that same value x.
// Similarly, a call to New returning x “synchronizes before”
// a call to Get returning that same value x.
type Pool struct {
	noCopy noCopy

	mu      Mutex
	private any   // Go's poolLocal.private
	shared  []any // Go's poolLocal.shared: the most recently Put is last
	added   bool  // whether the pool is on allPools

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	// It may not be changed concurrently with calls to Get.
	New func() any
}

// poolMaxItems bounds how many items one Pool caches.
const poolMaxItems = 1024

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if !p.added {
		p.added = true
		allPoolsMu.Lock()
		allPools = append(allPools, p)
		allPoolsMu.Unlock()
	}
	if p.private == nil {
		p.private = x
	} else if len(p.shared) < poolMaxItems {
		p.shared = append(p.shared, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the
// Pool, and returns it to the caller.
// Get may choose to ignore the pool and treat it as empty.
// Callers should not assume any relation between values passed to Put and
// the values returned by Get.
//
// If Get would otherwise return nil and p.New is non-nil, Get returns
// the result of calling p.New.
func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if n := len(p.shared); x == nil && n > 0 {
		x = p.shared[n-1]
		p.shared[n-1] = nil
		p.shared = p.shared[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

var (
	allPoolsMu Mutex

	// allPools is the set of pools that have non-empty caches.
	allPools []*Pool
)

// poolCleanup drops the cached items of every pool. The runtime calls it
// at the start of a garbage collection (if it chooses to).
func poolCleanup() {
	allPoolsMu.Lock()
	pools := allPools
	allPools = nil
	allPoolsMu.Unlock()
	for _, p := range pools {
		p.mu.Lock()
		p.private = nil
		p.shared = nil
		p.added = false
		p.mu.Unlock()
	}
}

func init() {
	runtime_registerPoolCleanup(poolCleanup)
}
