// runtime.go holds the primitives sync needs from the runtime: semaphores
// and the fatal-error hook. They are declared without bodies, as in Go.

package sync

// The functions below are implemented by the runtime.
//
// A semaphore is a uint32 count plus a queue of blocked goroutines kept by
// the runtime for each semaphore address. The queue must be FIFO, and a
// release while goroutines are queued must hand the count directly to the
// first of them (rather than incrementing *s for anyone to take): Mutex
// relies on this to pass the lock to its longest waiter.

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
// It is intended as a simple sleep primitive for use by the synchronization
// library and should not be used directly.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is like runtime_Semacquire, but for profiling
// contended Mutexes. If lifo is true, queue waiter at the head of the wait
// queue. skipframes is the number of frames to omit during tracing, counting
// from runtime_SemacquireMutex's caller.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease atomically increments *s and notifies a waiting
// goroutine if one is blocked in Semacquire. If handoff is true, pass count
// directly to the first waiter. skipframes is the number of frames to omit
// during tracing, counting from runtime_Semrelease's caller.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_registerPoolCleanup registers the function the runtime calls at
// the start of each garbage collection to drop the contents of all Pools.
func runtime_registerPoolCleanup(cleanup func())

// fatal reports an unrecoverable error (such as unlocking an unlocked
// mutex) and terminates the program.
func fatal(s string)

// Active spinning runtime support.
// runtime_canSpin reports whether spinning makes sense at the moment.
func runtime_canSpin(i int) bool

// runtime_doSpin does active spinning.
func runtime_doSpin()

func runtime_nanotime() int64
