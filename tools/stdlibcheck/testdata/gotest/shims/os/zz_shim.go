// zz_shim.go implements the natives (bodyless functions) of goji's os with the real Go
// standard library, so the package can be tested under the Go toolchain.

package os

import (
	"math/rand"
	ros "os"
	"syscall"
)

func en(err error) int {
	if err == nil {
		return 0
	}
	return int(err.(syscall.Errno))
}

func Exit(code int) { ros.Exit(code) }
func sysOpen(name string, flag int, perm uint32) (int, int) {
	fd, err := syscall.Open(name, flag|syscall.O_CLOEXEC, perm)
	return fd, en(err)
}
func sysClose(fd int) int                 { return en(syscall.Close(fd)) }
func sysRead(fd int, b []byte) (int, int) { n, err := syscall.Read(fd, b); return n, en(err) }
func sysPread(fd int, b []byte, off int64) (int, int) {
	n, err := syscall.Pread(fd, b, off)
	return n, en(err)
}
func sysWrite(fd int, b []byte) (int, int) { n, err := syscall.Write(fd, b); return n, en(err) }
func sysPwrite(fd int, b []byte, off int64) (int, int) {
	n, err := syscall.Pwrite(fd, b, off)
	return n, en(err)
}
func sysSeek(fd int, off int64, whence int) (int64, int) {
	n, err := syscall.Seek(fd, off, whence)
	return n, en(err)
}
func sysFsync(fd int) int                 { return en(syscall.Fsync(fd)) }
func sysFtruncate(fd int, size int64) int { return en(syscall.Ftruncate(fd, size)) }
func fill(st *rawStat, s *syscall.Stat_t) {
	st.Dev, st.Ino, st.Nlink, st.Mode, st.Uid, st.Gid = s.Dev, s.Ino, s.Nlink, s.Mode, s.Uid, s.Gid
	st.Size = s.Size
	st.MtimeSec, st.MtimeNsec = s.Mtim.Sec, s.Mtim.Nsec
}
func sysFstat(fd int, st *rawStat) int {
	var s syscall.Stat_t
	err := syscall.Fstat(fd, &s)
	fill(st, &s)
	return en(err)
}
func sysFchmod(fd int, mode uint32) int  { return en(syscall.Fchmod(fd, mode)) }
func sysFchown(fd int, uid, gid int) int { return en(syscall.Fchown(fd, uid, gid)) }
func sysFchdir(fd int) int               { return en(syscall.Fchdir(fd)) }
func sysReadDirent(fd int) ([]string, []uint8, int) {
	buf := make([]byte, 8192)
	n, err := syscall.ReadDirent(fd, buf)
	if err != nil {
		return nil, nil, en(err)
	}
	_, _, names := syscall.ParseDirent(buf[:n], -1, nil)
	return names, nil, 0
}
func sysPipe() (int, int, int) {
	var p [2]int
	err := syscall.Pipe2(p[:], syscall.O_CLOEXEC)
	return p[0], p[1], en(err)
}
func sysStat(name string, follow bool, st *rawStat) int {
	var s syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(name, &s)
	} else {
		err = syscall.Lstat(name, &s)
	}
	fill(st, &s)
	return en(err)
}
func sysChmod(name string, mode uint32) int { return en(syscall.Chmod(name, mode)) }
func sysChown(name string, uid, gid int, follow bool) int {
	if follow {
		return en(syscall.Chown(name, uid, gid))
	}
	return en(syscall.Lchown(name, uid, gid))
}
func sysUtimes(name string, a, m int64) int {
	ts := []syscall.Timespec{syscall.NsecToTimespec(a), syscall.NsecToTimespec(m)}
	return en(syscall.UtimesNano(name, ts))
}
func sysTruncate(name string, size int64) int { return en(syscall.Truncate(name, size)) }
func sysMkdir(name string, perm uint32) int   { return en(syscall.Mkdir(name, perm)) }
func sysUnlink(name string) int               { return en(syscall.Unlink(name)) }
func sysRmdir(name string) int                { return en(syscall.Rmdir(name)) }
func sysRename(o, n string) int               { return en(syscall.Rename(o, n)) }
func sysLink(o, n string) int                 { return en(syscall.Link(o, n)) }
func sysSymlink(o, n string) int              { return en(syscall.Symlink(o, n)) }
func sysReadlink(name string) (string, int) {
	b := make([]byte, 4096)
	n, err := syscall.Readlink(name, b)
	if err != nil {
		return "", en(err)
	}
	return string(b[:n]), 0
}
func sysChdir(dir string) int             { return en(syscall.Chdir(dir)) }
func sysGetwd() (string, int)             { d, err := syscall.Getwd(); return d, en(err) }
func sysGetenv(key string) (string, bool) { return syscall.Getenv(key) }
func sysSetenv(k, v string) int           { return en(syscall.Setenv(k, v)) }
func sysUnsetenv(k string) int            { return en(syscall.Unsetenv(k)) }
func sysClearenv()                        { syscall.Clearenv() }
func sysEnviron() []string                { return syscall.Environ() }
func runtime_args() []string              { return ros.Args }
func sysGetpid() int                      { return syscall.Getpid() }
func sysGetppid() int                     { return syscall.Getppid() }
func sysGetuid() int                      { return syscall.Getuid() }
func sysGeteuid() int                     { return syscall.Geteuid() }
func sysGetgid() int                      { return syscall.Getgid() }
func sysGetegid() int                     { return syscall.Getegid() }
func sysGetgroups() ([]int, int)          { g, err := syscall.Getgroups(); return g, en(err) }
func sysHostname() (string, int)          { h, err := ros.Hostname(); _ = err; return h, 0 }
func sysGetpagesize() int                 { return syscall.Getpagesize() }
func fastrand() uint32                    { return rand.Uint32() }
func sigpipe()                            { panic("SIGPIPE") }
