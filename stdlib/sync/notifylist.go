// notifylist.go holds notifyList, the ticket-based wait list behind Cond.
//
// Go's runtime implements this natively (runtime/sema.go); here it is written
// in Go over the runtime semaphores with the same semantics: a waiter takes
// a ticket before unlocking the Cond's Locker, and a notification wakes the
// waiter holding the oldest unnotified ticket, even if that waiter has not
// yet blocked.

package sync

// notifyList is a ticket-based notification list.
type notifyList struct {
	mu     Mutex
	wait   uint32        // ticket of the next waiter
	notify uint32        // ticket of the next waiter to be notified
	queue  []*notifyWait // blocked waiters, in ticket order
}

// notifyWait is one blocked waiter.
type notifyWait struct {
	ticket uint32
	sema   uint32
}

// less checks if a < b, considering a & b running counts that may overflow
// the 32-bit range, and that their "unwrapped" difference is always less
// than 2^31.
func less(a, b uint32) bool {
	return int32(a-b) < 0
}

// notifyListAdd adds the caller to a notify list such that it can receive
// notifications. The caller must eventually call notifyListWait to wait for
// such a notification, passing the returned ticket number.
func notifyListAdd(l *notifyList) uint32 {
	l.mu.Lock()
	t := l.wait
	l.wait++
	l.mu.Unlock()
	return t
}

// notifyListWait waits for a notification. If one has been sent since
// notifyListAdd was called, it returns immediately. Otherwise, it blocks.
func notifyListWait(l *notifyList, t uint32) {
	l.mu.Lock()
	if less(t, l.notify) {
		// The ticket has already been notified.
		l.mu.Unlock()
		return
	}
	w := &notifyWait{ticket: t}
	l.queue = append(l.queue, w)
	l.mu.Unlock()
	runtime_Semacquire(&w.sema)
}

// notifyListNotifyAll notifies all entries in the list.
func notifyListNotifyAll(l *notifyList) {
	l.mu.Lock()
	if l.wait == l.notify {
		l.mu.Unlock()
		return
	}
	l.notify = l.wait
	q := l.queue
	l.queue = nil
	l.mu.Unlock()
	for _, w := range q {
		runtime_Semrelease(&w.sema, false, 0)
	}
}

// notifyListNotifyOne notifies one entry in the list.
func notifyListNotifyOne(l *notifyList) {
	l.mu.Lock()
	if l.wait == l.notify {
		// Nobody has waited since the last notification.
		l.mu.Unlock()
		return
	}
	t := l.notify
	l.notify++
	// Find the waiter holding ticket t. If it is not blocked yet, it will
	// see that its ticket has been notified and not block at all.
	for i, w := range l.queue {
		if w.ticket == t {
			copy(l.queue[i:], l.queue[i+1:])
			l.queue[len(l.queue)-1] = nil
			l.queue = l.queue[:len(l.queue)-1]
			l.mu.Unlock()
			runtime_Semrelease(&w.sema, false, 0)
			return
		}
	}
	l.mu.Unlock()
}
