// zz_shim.go implements the natives (bodyless functions) of goji's sync with the real Go
// standard library, so the package can be tested under the Go toolchain.

package sync

import realsync "sync"

// A FIFO semaphore with direct handoff, as the goji runtime should provide.
var semMu realsync.Mutex
var semQueues = map[*uint32][]chan struct{}{}

func runtime_Semacquire(s *uint32) {
	semMu.Lock()
	if *s > 0 {
		*s--
		semMu.Unlock()
		return
	}
	ch := make(chan struct{})
	semQueues[s] = append(semQueues[s], ch)
	semMu.Unlock()
	<-ch
}

func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) { runtime_Semacquire(s) }

func runtime_Semrelease(s *uint32, handoff bool, skipframes int) {
	semMu.Lock()
	if q := semQueues[s]; len(q) > 0 {
		ch := q[0]
		if len(q) == 1 {
			delete(semQueues, s)
		} else {
			semQueues[s] = q[1:]
		}
		semMu.Unlock()
		close(ch)
		return
	}
	*s++
	semMu.Unlock()
}

func runtime_registerPoolCleanup(cleanup func()) {}

func fatal(s string) { panic("fatal error: " + s) }
