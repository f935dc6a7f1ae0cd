// zz_shim.go implements the natives (bodyless functions) of goji's runtime with the real Go
// standard library, so the package can be tested under the Go toolchain.

package runtime

import r "runtime"

func callers(skip int, pcbuf []uintptr) int { return r.Callers(skip+2, pcbuf) }

func pcInfo(pc uintptr) (function, file string, line int, entry uintptr, ok bool) {
	f := r.FuncForPC(pc)
	if f == nil {
		return "", "", 0, 0, false
	}
	file, line = f.FileLine(pc)
	return f.Name(), file, line, f.Entry(), true
}

func GOROOT() string                                    { return r.GOROOT() }
func GoroutineProfile(p []StackRecord) (n int, ok bool) { return r.NumGoroutine(), false }
func ReadMemStats(m *MemStats)                          { var x r.MemStats; r.ReadMemStats(&x); m.Alloc = x.Alloc }
func Gosched()                                          { r.Gosched() }
func Goexit()                                           { r.Goexit() }
func GC()                                               { r.GC() }
func GOMAXPROCS(n int) int                              { return r.GOMAXPROCS(n) }
func NumCPU() int                                       { return r.NumCPU() }
func NumGoroutine() int                                 { return r.NumGoroutine() }
func LockOSThread()                                     { r.LockOSThread() }
func UnlockOSThread()                                   { r.UnlockOSThread() }
func Breakpoint()                                       { r.Breakpoint() }
func SetFinalizer(obj any, finalizer any)               { r.SetFinalizer(obj, finalizer) }
func Stack(buf []byte, all bool) int                    { return r.Stack(buf, all) }
