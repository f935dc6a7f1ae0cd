// fileops.go holds the operations on named files and directories: Mkdir,
// Chdir, Getwd, Rename, Remove, Truncate, Link, Symlink, Readlink, Chmod,
// Chown, Lchown and Chtimes, over the native primitives of sys.go.
//
// Based on Go 1.19 src/os/file.go, file_posix.go, file_unix.go and getwd.go.
// Copyright 2009 The Go Authors. BSD-style license: see stdlib/LICENSE.

package os

import "time"

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
// If there is an error, it will be of type *PathError.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// Chdir changes the current working directory to the named directory.
// If there is an error, it will be of type *PathError.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: syscallErrno(e)}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the
// current directory. If the current directory can be
// reached via multiple paths (due to symbolic links),
// Getwd may return any one of them.
func Getwd() (dir string, err error) {
	dir, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscallErrno(e))
	}
	return dir, nil
}

// Rename renames (moves) oldpath to newpath.
// If newpath already exists and is not a directory, Rename replaces it.
// OS-specific restrictions may apply when oldpath and newpath are in different directories.
// If there is an error, it will be of type *LinkError.
func Rename(oldpath, newpath string) error {
	return rename(oldpath, newpath)
}

func rename(oldname, newname string) error {
	fi, err := Lstat(newname)
	if err == nil && fi.IsDir() {
		// There are two cases to consider here:
		// 1. The old and new names are the same, which is a no-op
		// 2. The old name is a different file or directory, which is an error.
		if ofi, err := Lstat(oldname); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldname, newname, err}
		} else if newname == oldname || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldname, newname, syscallErrno(eEXIST)}
		}
	}
	if e := sysRename(oldname, newname); e != 0 {
		return &LinkError{"rename", oldname, newname, syscallErrno(e)}
	}
	return nil
}

// Truncate changes the size of the named file.
// If the file is a symbolic link, it changes the size of the link's target.
// If there is an error, it will be of type *PathError.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// Remove removes the named file or (empty) directory.
// If there is an error, it will be of type *PathError.
func Remove(name string) error {
	// System call interface forces us to know
	// whether name is a file or directory.
	// Try both: it is cheaper on average than
	// doing a Stat plus the right one.
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}

	// Both failed: figure out which error to return.
	// OS X and Linux differ on whether unlink(dir)
	// returns EISDIR, so can't use that. However,
	// both agree that rmdir(file) returns ENOTDIR,
	// so we can use that to decide which error is real.
	// Rmdir might also return ENOTDIR if given a bad
	// file path, like /etc/passwd/foo, but in that case,
	// both errors will be ENOTDIR, so it's okay to
	// use the error from unlink.
	if syscallErrno(e1) != eNOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: syscallErrno(e)}
}

// Link creates newname as a hard link to the oldname file.
// If there is an error, it will be of type *LinkError.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscallErrno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
// On Windows, a symlink to a non-existent oldname creates a file symlink;
// if oldname is later created as a directory the symlink will not work.
// If there is an error, it will be of type *LinkError.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscallErrno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
// If there is an error, it will be of type *PathError.
func Readlink(name string) (string, error) {
	dest, e := sysReadlink(name)
	if e != 0 {
		return "", &PathError{Op: "readlink", Path: name, Err: syscallErrno(e)}
	}
	return dest, nil
}

// Chmod changes the mode of the named file to mode.
// If the file is a symbolic link, it changes the mode of the link's target.
// If there is an error, it will be of type *PathError.
//
// A different subset of the mode bits are used, depending on the
// operating system.
//
// On Unix, the mode's permission bits, ModeSetuid, ModeSetgid, and
// ModeSticky are used.
//
// On Windows, only the 0200 bit (owner writable) of mode is used; it
// controls whether the file's read-only attribute is set or cleared.
// The other bits are currently unused. For compatibility with Go 1.12
// and earlier, use a non-zero mode. Use mode 0400 for a read-only
// file and 0600 for a readable+writable file.
//
// On Plan 9, the mode's permission bits, ModeAppend, ModeExclusive,
// and ModeTemporary are used.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file.
// If the file is a symbolic link, it changes the uid and gid of the link's target.
// A uid or gid of -1 means to not change that value.
// If there is an error, it will be of type *PathError.
//
// On Windows or Plan 9, Chown always returns the syscall.EWINDOWS or
// EPLAN9 error, wrapped in *PathError.
func Chown(name string, uid, gid int) error {
	if e := sysChown(name, uid, gid, true); e != 0 {
		return &PathError{Op: "chown", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file.
// If the file is a symbolic link, it changes the uid and gid of the link itself.
// If there is an error, it will be of type *PathError.
//
// On Windows, it always returns the syscall.EWINDOWS error, wrapped
// in *PathError.
func Lchown(name string, uid, gid int) error {
	if e := sysChown(name, uid, gid, false); e != 0 {
		return &PathError{Op: "lchown", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// Chtimes changes the access and modification times of the named
// file, similar to the Unix utime() or utimes() functions.
//
// The underlying filesystem may truncate or round the values to a
// less precise time unit.
// If there is an error, it will be of type *PathError.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if e := sysUtimes(name, atime.UnixNano(), mtime.UnixNano()); e != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: syscallErrno(e)}
	}
	return nil
}
