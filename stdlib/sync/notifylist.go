// notifylist.go holds notifyList, the ticket-based wait list behind Cond.
//
// Go's runtime implements this natively (runtime/sema.go); here it is written
// in Go over the runtime semaphores with the same semantics: a waiter takes
// a ticket before unlocking the Cond's Locker, and a notification wakes the
// waiter holding the oldest unnotified ticket, even if that waiter has not
// yet blocked.

package sync

// notifyList is a ticket-based notification list. Like Go's, it is
// comparable (so is a Cond): its waiters form a linked list.
type notifyList struct {
	mu     Mutex
	wait   uint32 // ticket of the next waiter
	notify uint32 // ticket of the next waiter to be notified
	head   *notifyWait
	tail   *notifyWait // blocked waiters, in the order they blocked
}

// notifyWait is one blocked waiter.
type notifyWait struct {
	ticket uint32
	sema   uint32
	next   *notifyWait
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
	if l.tail == nil {
		l.head = w
	} else {
		l.tail.next = w
	}
	l.tail = w
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
	w := l.head
	l.head, l.tail = nil, nil
	l.mu.Unlock()
	for w != nil {
		next := w.next
		runtime_Semrelease(&w.sema, false, 0)
		w = next
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
	var prev *notifyWait
	for w := l.head; w != nil; prev, w = w, w.next {
		if w.ticket == t {
			if prev == nil {
				l.head = w.next
			} else {
				prev.next = w.next
			}
			if l.tail == w {
				l.tail = prev
			}
			w.next = nil
			l.mu.Unlock()
			runtime_Semrelease(&w.sema, false, 0)
			return
		}
	}
	l.mu.Unlock()
}
