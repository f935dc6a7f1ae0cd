// os error values and messages for missing files, directories and bad operations: PathError, IsNotExist...
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func show(what string, err error) {
	var pe *os.PathError
	isPE := errors.As(err, &pe)
	fmt.Printf("%s: %v | notexist=%v exist=%v perm=%v pathErr=%v\n", what, err, os.IsNotExist(err), os.IsExist(err), os.IsPermission(err), isPE)
	if isPE {
		fmt.Printf("   Op=%q Path=%q Err=%v timeout=%v\n", pe.Op, pe.Path, pe.Err, pe.Timeout())
	}
}

func main() {
	_, err := os.Open("/nonexistent-goji-dir/file.txt")
	show("Open", err)
	_, err = os.ReadFile("/nonexistent-goji-dir/file.txt")
	show("ReadFile", err)
	_, err = os.Stat("/nonexistent-goji-dir")
	show("Stat", err)
	_, err = os.Lstat("")
	show("Lstat empty", err)
	err = os.WriteFile("/nonexistent-goji-dir/x", []byte("x"), 0644)
	show("WriteFile", err)
	err = os.Remove("/nonexistent-goji-dir/x")
	show("Remove", err)
	err = os.Mkdir("/", 0755)
	show("Mkdir /", err)
	err = os.Mkdir("/nonexistent-goji-dir/a/b", 0755)
	show("Mkdir nested", err)
	err = os.Rename("/nonexistent-goji-dir/a", "/nonexistent-goji-dir/b")
	fmt.Println("Rename:", err, os.IsNotExist(err))
	_, err = os.ReadFile("/")
	show("ReadFile dir", err)
	_, err = os.Open("")
	show("Open empty", err)
	_, err = os.ReadDir("/nonexistent-goji-dir")
	show("ReadDir", err)
	err = os.Chdir("/nonexistent-goji-dir")
	show("Chdir", err)
	_, err = os.Readlink("/nonexistent-goji-dir/l")
	show("Readlink", err)
	f, _ := os.Open("/")
	_, err = f.Read(make([]byte, 10))
	show("Read dir", err)
	f.Close()
	_, err = f.Read(make([]byte, 10))
	show("Read closed", err)
	fmt.Println(err == os.ErrClosed, errors.Is(err, os.ErrClosed))
	var nf *os.File
	_, err = nf.Read(nil)
	show("nil File Read", err)
	fmt.Println("nil File Close:", nf.Close(), errors.Is(nf.Close(), os.ErrInvalid))
	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrClosed, "|", os.ErrInvalid, "|", os.ErrDeadlineExceeded)
	fmt.Println(os.IsNotExist(nil), os.IsNotExist(io.EOF), os.IsNotExist(os.ErrNotExist), os.IsNotExist(fmt.Errorf("w: %w", os.ErrNotExist)))
	pe := &os.PathError{Op: "custom", Path: "/p", Err: errors.New("boom")}
	fmt.Println(pe, errors.Unwrap(pe))
	le := &os.LinkError{Op: "link", Old: "/a", New: "/b", Err: os.ErrExist}
	fmt.Println(le, os.IsExist(le), errors.Is(le, os.ErrExist))
	se := os.NewSyscallError("read", errors.New("bad"))
	fmt.Println(se, os.NewSyscallError("x", nil) == nil)
}
