// sys.go holds the native system-call primitives os is built on. They are
// declared without bodies and implemented by the runtime.
//
// Conventions: every primitive that can fail returns an errno int, 0 on
// success and otherwise a Linux errno value (converted to an error by
// errnoErr). Primitives retry on EINTR themselves. Flags, modes and whence
// values are the Linux ones. File descriptors are plain ints.

package os

// rawStat is the part of struct stat os uses. sysStat and sysFstat fill it.
type rawStat struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32 // st_mode: file type and permission bits
	Uid       uint32
	Gid       uint32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	AtimeSec  int64
	AtimeNsec int64
	MtimeSec  int64
	MtimeNsec int64
	CtimeSec  int64
	CtimeNsec int64
}

// The functions below are implemented by the runtime.

// File descriptors.

// sysOpen opens name with the open(2) flags and permission bits perm
// (the runtime adds O_CLOEXEC).
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)

// sysClose closes fd.
func sysClose(fd int) (errno int)

// sysRead reads up to len(b) bytes from fd; n is 0 at end of file.
func sysRead(fd int, b []byte) (n int, errno int)

// sysPread reads up to len(b) bytes from fd at offset off.
func sysPread(fd int, b []byte, off int64) (n int, errno int)

// sysWrite writes b to fd, returning how many bytes were written.
func sysWrite(fd int, b []byte) (n int, errno int)

// sysPwrite writes b to fd at offset off.
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)

// sysSeek sets the offset of fd (whence 0: start, 1: current, 2: end).
func sysSeek(fd int, offset int64, whence int) (newoffset int64, errno int)

// sysFsync flushes fd to stable storage.
func sysFsync(fd int) (errno int)

// sysFtruncate changes the size of the file open on fd.
func sysFtruncate(fd int, size int64) (errno int)

// sysFstat fills st for the file open on fd.
func sysFstat(fd int, st *rawStat) (errno int)

// sysFchmod changes the mode bits of the file open on fd.
func sysFchmod(fd int, mode uint32) (errno int)

// sysFchown changes the owner of the file open on fd.
func sysFchown(fd int, uid, gid int) (errno int)

// sysFchdir makes the directory open on fd the working directory.
func sysFchdir(fd int) (errno int)

// sysReadDirent returns the names of the entries of the directory open on
// fd that have not been returned yet (excluding "." and ".."), with their
// d_type values (0 when unknown). It returns no names at the end.
func sysReadDirent(fd int) (names []string, types []uint8, errno int)

// sysPipe creates a pipe (with O_CLOEXEC).
func sysPipe() (r, w int, errno int)

// Paths.

// sysStat fills st for name, following a final symbolic link if follow.
func sysStat(name string, follow bool, st *rawStat) (errno int)

// sysUnlinkat removes name relative to the directory dirfd (unlinkat(2),
// with AT_REMOVEDIR if rmdir). A name with a NUL byte is EINVAL.
func sysUnlinkat(dirfd int, name string, rmdir bool) (errno int)

// sysFstatat fills st for name relative to the directory dirfd, without
// following a final symbolic link (fstatat(2) with AT_SYMLINK_NOFOLLOW).
func sysFstatat(dirfd int, name string, st *rawStat) (errno int)

// sysOpenat opens name relative to the directory dirfd (openat(2), with
// O_CLOEXEC, retrying EINTR).
func sysOpenat(dirfd int, name string, flag int, perm uint32) (fd int, errno int)

// sysChmod changes the mode bits of name.
func sysChmod(name string, mode uint32) (errno int)

// sysChown changes the owner of name (of the link itself if !follow).
func sysChown(name string, uid, gid int, follow bool) (errno int)

// sysUtimes sets the access and modification times of name, in
// nanoseconds since the Unix epoch.
func sysUtimes(name string, atimeNsec, mtimeNsec int64) (errno int)

// sysTruncate changes the size of name.
func sysTruncate(name string, size int64) (errno int)

// sysMkdir creates the directory name.
func sysMkdir(name string, perm uint32) (errno int)

// sysUnlink removes the file name.
func sysUnlink(name string) (errno int)

// sysRmdir removes the empty directory name.
func sysRmdir(name string) (errno int)

// sysRename renames oldname to newname.
func sysRename(oldname, newname string) (errno int)

// sysLink creates newname as a hard link to oldname.
func sysLink(oldname, newname string) (errno int)

// sysSymlink creates newname as a symbolic link to oldname.
func sysSymlink(oldname, newname string) (errno int)

// sysReadlink returns the destination of the symbolic link name.
func sysReadlink(name string) (dest string, errno int)

// sysChdir changes the working directory.
func sysChdir(dir string) (errno int)

// sysGetwd returns the absolute path of the working directory.
func sysGetwd() (dir string, errno int)

// Environment.

// sysGetenv returns the value of the environment variable key.
func sysGetenv(key string) (value string, found bool)

// sysSetenv sets the environment variable key to value.
func sysSetenv(key, value string) (errno int)

// sysUnsetenv removes the environment variable key.
func sysUnsetenv(key string) (errno int)

// sysClearenv removes every environment variable.
func sysClearenv()

// sysEnviron returns the environment as "key=value" strings.
func sysEnviron() []string

// Process.

// runtime_args returns the command-line arguments (os.Args): the program
// name followed by its arguments.
func runtime_args() []string

// sysGetpid, sysGetppid, sysGetuid, sysGeteuid, sysGetgid and sysGetegid
// return the process and user identifiers.
func sysGetpid() int
func sysGetppid() int
func sysGetuid() int
func sysGeteuid() int
func sysGetgid() int
func sysGetegid() int

// sysGetgroups returns the supplementary group IDs.
func sysGetgroups() (gids []int, errno int)

// sysHostname returns the host name reported by the kernel.
func sysHostname() (name string, errno int)

// sysGetpagesize returns the memory page size.
func sysGetpagesize() int

// fastrand returns a pseudo-random number (for temporary file names).
func fastrand() uint32

// sigpipe raises SIGPIPE, terminating the process as the default action of
// that signal does (used when writing to a closed standard output).
func sigpipe()
