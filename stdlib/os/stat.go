// stat.go holds Stat, Lstat and File.Stat, which build a fileStat from the
// native sysStat/sysFstat results.
//
// Based on Go 1.19 src/os/stat.go, stat_unix.go, stat_linux.go and path_unix.go.
// Copyright 2009 The Go Authors. BSD-style license: see stdlib/LICENSE.

package os

import "time"

// Stat returns a FileInfo describing the named file.
// If there is an error, it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	var fs fileStat
	if e := sysStat(name, true, &fs.sys); e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: syscallErrno(e)}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}

// Lstat returns a FileInfo describing the named file.
// If the file is a symbolic link, the returned FileInfo
// describes the symbolic link. Lstat makes no attempt to follow the link.
// If there is an error, it will be of type *PathError.
func Lstat(name string) (FileInfo, error) {
	var fs fileStat
	if e := sysStat(name, false, &fs.sys); e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: syscallErrno(e)}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}

// Stat returns the FileInfo structure describing file.
// If there is an error, it will be of type *PathError.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errFileClosing}
	}
	var fs fileStat
	if e := sysFstat(f.fd, &fs.sys); e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: syscallErrno(e)}
	}
	fillFileStatFromSys(&fs, f.name)
	return &fs, nil
}

// File type and permission bits of st_mode.
const (
	s_IFMT   = 0xf000
	s_IFSOCK = 0xc000
	s_IFLNK  = 0xa000
	s_IFREG  = 0x8000
	s_IFBLK  = 0x6000
	s_IFDIR  = 0x4000
	s_IFCHR  = 0x2000
	s_IFIFO  = 0x1000
	s_ISUID  = 0x800
	s_ISGID  = 0x400
	s_ISVTX  = 0x200
)

func fillFileStatFromSys(fs *fileStat, name string) {
	fs.name = basename(name)
	fs.size = fs.sys.Size
	fs.modTime = time.Unix(fs.sys.MtimeSec, fs.sys.MtimeNsec)
	fs.mode = FileMode(fs.sys.Mode & 0777)
	switch fs.sys.Mode & s_IFMT {
	case s_IFBLK:
		fs.mode |= ModeDevice
	case s_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case s_IFDIR:
		fs.mode |= ModeDir
	case s_IFIFO:
		fs.mode |= ModeNamedPipe
	case s_IFLNK:
		fs.mode |= ModeSymlink
	case s_IFREG:
		// nothing to do
	case s_IFSOCK:
		fs.mode |= ModeSocket
	}
	if fs.sys.Mode&s_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if fs.sys.Mode&s_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if fs.sys.Mode&s_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	// Remove trailing slashes
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	// Remove leading directory name
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}
