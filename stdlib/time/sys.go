// sys.go holds the file and environment access the zone loaders need:
// open, read, closefd and preadn written in Go over native system calls,
// and the errno error type (Go's versions use package syscall).
//
// Based on Go 1.19 src/time/sys_unix.go.
// Copyright 2011 The Go Authors. BSD-style license: see stdlib/LICENSE.

package time

import "errors"

// errno is a system call error number (syscall.Errno in Go).
type errno int

func (e errno) Error() string {
	// The messages of the errors that opening and reading zoneinfo files
	// can produce, as in Go's syscall package.
	switch e {
	case 2:
		return "no such file or directory"
	case 5:
		return "input/output error"
	case 13:
		return "permission denied"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 23:
		return "too many open files in system"
	case 24:
		return "too many open files"
	case 36:
		return "file name too long"
	case 40:
		return "too many levels of symbolic links"
	}
	return "errno " + string(appendInt(nil, int(e), 0))
}

// errENOENT is the "no such file or directory" error (syscall.ENOENT).
const errENOENT = errno(2)

func open(name string) (uintptr, error) {
	fd, e := sysOpen(name)
	if e != 0 {
		return 0, errno(e)
	}
	return uintptr(fd), nil
}

func read(fd uintptr, buf []byte) (int, error) {
	n, e := sysRead(int(fd), buf)
	if e != 0 {
		return n, errno(e)
	}
	return n, nil
}

func closefd(fd uintptr) {
	sysClose(int(fd))
}

func preadn(fd uintptr, buf []byte, off int) error {
	whence := seekStart
	if off < 0 {
		whence = seekEnd
	}
	if _, e := sysSeek(int(fd), int64(off), whence); e != 0 {
		return errno(e)
	}
	for len(buf) > 0 {
		m, e := sysRead(int(fd), buf)
		if m <= 0 {
			if e == 0 {
				return errors.New("short read")
			}
			return errno(e)
		}
		buf = buf[m:]
	}
	return nil
}

// The functions below are implemented by the runtime. Failures are
// reported as a non-zero errno (a Linux error number).

// sysOpen opens the named file read-only.
func sysOpen(name string) (fd int, errno int)

// sysRead reads up to len(buf) bytes from fd into buf.
func sysRead(fd int, buf []byte) (n int, errno int)

// sysSeek sets the offset of fd (whence: 0 start, 1 current, 2 end).
func sysSeek(fd int, offset int64, whence int) (newoffset int64, errno int)

// sysClose closes fd.
func sysClose(fd int)

// getenv returns the value of the environment variable key and whether it
// is set.
func getenv(key string) (value string, found bool)
