// Every os.File method on a closed file and on a nil *File: Go's exact error values and messages.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

func main() {
	f, err := os.CreateTemp("", "goji-closed")
	if err != nil {
		fmt.Println(err)
		return
	}
	name := f.Name()
	defer os.Remove(name)
	f.WriteString("content")
	fmt.Println("SetDeadline open:", f.SetDeadline(time.Time{}), f.SetReadDeadline(time.Time{}), f.SetWriteDeadline(time.Time{}))
	fmt.Println("first Close:", f.Close())
	show := func(what string, err error) {
		msg := "<nil>"
		if err != nil {
			msg = strings.ReplaceAll(err.Error(), name, "NAME")
		}
		fmt.Printf("%-16s %s | closed=%v invalid=%v\n", what, msg, errors.Is(err, os.ErrClosed), errors.Is(err, os.ErrInvalid))
	}
	buf := make([]byte, 4)
	_, err = f.Read(buf)
	show("Read", err)
	_, err = f.ReadAt(buf, 0)
	show("ReadAt", err)
	_, err = f.Write(buf)
	show("Write", err)
	_, err = f.WriteAt(buf, 0)
	show("WriteAt", err)
	_, err = f.WriteString("x")
	show("WriteString", err)
	_, err = f.Seek(0, io.SeekStart)
	show("Seek", err)
	_, err = f.Stat()
	show("Stat", err)
	show("Close", f.Close())
	show("Sync", f.Sync())
	show("Truncate", f.Truncate(0))
	show("Chmod", f.Chmod(0600))
	show("Chown", f.Chown(-1, -1))
	show("Chdir", f.Chdir())
	show("SetDeadline", f.SetDeadline(time.Time{}))
	show("SetReadDeadline", f.SetReadDeadline(time.Time{}))
	_, err = f.ReadDir(-1)
	show("ReadDir", err)
	_, err = f.Readdirnames(-1)
	show("Readdirnames", err)
	_, err = f.ReadFrom(strings.NewReader("abc"))
	show("ReadFrom", err)
	fmt.Println("Fd closed:", f.Fd() == ^uintptr(0), "Name:", f.Name() == name)
	var nf *os.File
	_, err = nf.Read(buf)
	show("nil Read", err)
	_, err = nf.Write(buf)
	show("nil Write", err)
	_, err = nf.Stat()
	show("nil Stat", err)
	show("nil Close", nf.Close())
	_, err = nf.Seek(0, 0)
	show("nil Seek", err)
	show("nil Sync", nf.Sync())
	show("nil Chmod", nf.Chmod(0))
	_, err = nf.ReadDir(1)
	show("nil ReadDir", err)
	show("nil SetDeadline", nf.SetDeadline(time.Time{}))
	fmt.Println("nil Name:", func() (s string) {
		defer func() {
			if recover() != nil {
				s = "panicked"
			}
		}()
		return nf.Name()
	}())
	fmt.Println("nil Fd:", nf.Fd() == ^uintptr(0))
	d, _ := os.Open(os.TempDir())
	d.Close()
	_, err = d.ReadDir(-1)
	fmt.Println("closed dir ReadDir:", strings.ReplaceAll(fmt.Sprint(err), os.TempDir(), "TMP"))
	_, err = d.Readdir(-1)
	fmt.Println("closed dir Readdir:", strings.ReplaceAll(fmt.Sprint(err), os.TempDir(), "TMP"))
}
