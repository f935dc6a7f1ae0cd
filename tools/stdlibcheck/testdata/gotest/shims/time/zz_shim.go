// zz_shim.go implements the natives (bodyless functions) of goji's time with the real Go
// standard library, so the package can be tested under the Go toolchain.

package time

import (
	realsync "sync"
	"syscall"
	rt "time"
)

var procStart = rt.Now()

func now() (sec int64, nsec int32, mono int64) {
	t := rt.Now()
	return t.Unix(), int32(t.Nanosecond()), runtimeNano()
}

func runtimeNano() int64 { return int64(rt.Since(procStart)) + 1e6 }

func Sleep(d Duration) { rt.Sleep(rt.Duration(d)) }

var tmu realsync.Mutex
var timers = map[*runtimeTimer]*rt.Timer{}

func arm(t *runtimeTimer) {
	d := rt.Duration(t.when - runtimeNano())
	var rtt *rt.Timer
	rtt = rt.AfterFunc(d, func() {
		tmu.Lock()
		if timers[t] != rtt {
			tmu.Unlock()
			return
		}
		f, arg, seq := t.f, t.arg, t.seq
		if t.period > 0 {
			t.when += t.period
			arm(t)
		} else {
			delete(timers, t)
		}
		tmu.Unlock()
		f(arg, seq)
	})
	timers[t] = rtt
}

func startTimer(t *runtimeTimer) { tmu.Lock(); arm(t); tmu.Unlock() }

func stopTimer(t *runtimeTimer) bool {
	tmu.Lock()
	defer tmu.Unlock()
	rtt, ok := timers[t]
	if !ok {
		return false
	}
	delete(timers, t)
	rtt.Stop()
	return true
}

func resetTimer(t *runtimeTimer, when int64) bool {
	tmu.Lock()
	defer tmu.Unlock()
	pending := false
	if rtt, ok := timers[t]; ok {
		rtt.Stop()
		pending = true
		delete(timers, t)
	}
	t.when = when
	arm(t)
	return pending
}

func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr) {
	tmu.Lock()
	defer tmu.Unlock()
	if rtt, ok := timers[t]; ok {
		rtt.Stop()
		delete(timers, t)
	}
	t.when, t.period, t.f, t.arg, t.seq = when, period, f, arg, seq
	arm(t)
}

func en(err error) int {
	if err == nil {
		return 0
	}
	return int(err.(syscall.Errno))
}

func sysOpen(name string) (int, int) {
	fd, err := syscall.Open(name, syscall.O_RDONLY, 0)
	return fd, en(err)
}
func sysRead(fd int, buf []byte) (int, int) { n, err := syscall.Read(fd, buf); return n, en(err) }
func sysSeek(fd int, off int64, whence int) (int64, int) {
	n, err := syscall.Seek(fd, off, whence)
	return n, en(err)
}
func sysClose(fd int)                  { syscall.Close(fd) }
func getenv(key string) (string, bool) { return syscall.Getenv(key) }
