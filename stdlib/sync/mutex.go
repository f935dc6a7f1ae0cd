// mutex.go holds the package documentation, Mutex and Locker.
//
// Mutex keeps Go's API and fields but uses a simpler algorithm than Go's
// (no spinning, no starvation mode): the state counts the holder plus the
// waiters, and Unlock hands the lock directly to the longest waiter through
// a runtime semaphore. Based on Go 1.19 src/sync/mutex.go.
// Copyright 2009 The Go Authors. BSD-style license: see stdlib/LICENSE.

// Package sync provides basic synchronization primitives such as mutual
// exclusion locks. Other than the Once and WaitGroup types, most are intended
// for use by low-level library routines. Higher-level synchronization is
// better done via channels and communication.
//
// Values containing the types defined in this package should not be copied.
package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock.
// The zero value for a Mutex is an unlocked mutex.
//
// A Mutex must not be copied after first use.
//
// In the terminology of the Go memory model,
// the n'th call to Unlock “synchronizes before” the m'th call to Lock
// for any n < m.
// A successful call to TryLock is equivalent to a call to Lock.
// A failed call to TryLock does not establish any “synchronizes before”
// relation at all.
type Mutex struct {
	state int32  // 0 if unlocked, else 1 (the holder) + number of waiters
	sema  uint32 // semaphore the waiters block on
}

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Lock locks m.
// If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.AddInt32(&m.state, 1) == 1 {
		return // Fast path: the mutex was unlocked.
	}
	// Wait until an Unlock hands the mutex over.
	runtime_SemacquireMutex(&m.sema, false, 1)
}

// TryLock tries to lock m and reports whether it succeeded.
//
// Note that while correct uses of TryLock do exist, they are rare,
// and use of TryLock is often a sign of a deeper problem
// in a particular use of mutexes.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapInt32(&m.state, 0, 1)
}

// Unlock unlocks m.
// It is a run-time error if m is not locked on entry to Unlock.
//
// A locked Mutex is not associated with a particular goroutine.
// It is allowed for one goroutine to lock a Mutex and then
// arrange for another goroutine to unlock it.
func (m *Mutex) Unlock() {
	n := atomic.AddInt32(&m.state, -1)
	if n < 0 {
		atomic.AddInt32(&m.state, 1)
		fatal("sync: unlock of unlocked mutex")
	}
	if n > 0 {
		// Hand the mutex to one waiter (it may not have blocked yet; the
		// semaphore count covers that).
		runtime_Semrelease(&m.sema, true, 1)
	}
}
