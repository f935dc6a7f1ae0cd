// os.OpenFile flag combinations: read-only writes, write-only reads, O_APPEND with WriteAt, O_EXCL, O_TRUNC, directories.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-flags")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	clean := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "$DIR")
	}
	name := dir + "/f.txt"
	os.WriteFile(name, []byte("0123456789"), 0644)

	ro, err := os.OpenFile(name, os.O_RDONLY, 0)
	fmt.Println("open ro:", clean(err))
	_, err = ro.Write([]byte("x"))
	fmt.Println("write on ro:", clean(err))
	_, err = ro.WriteAt([]byte("x"), 0)
	fmt.Println("writeat on ro:", clean(err))
	fmt.Println("truncate on ro:", clean(ro.Truncate(0)))
	ro.Close()

	wo, _ := os.OpenFile(name, os.O_WRONLY, 0)
	_, err = wo.Read(make([]byte, 3))
	fmt.Println("read on wo:", clean(err))
	_, err = wo.ReadAt(make([]byte, 3), 0)
	fmt.Println("readat on wo:", clean(err))
	n, err := wo.Write([]byte("AB"))
	fmt.Println("write on wo:", n, clean(err))
	wo.Close()
	data, _ := os.ReadFile(name)
	fmt.Printf("after wo write: %q\n", data)

	ap, _ := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	_, err = ap.WriteAt([]byte("zz"), 0)
	fmt.Println("WriteAt on append:", clean(err))
	ap.Seek(0, io.SeekStart)
	ap.Write([]byte("END"))
	ap.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("after append: %q\n", data)

	tr, err := os.OpenFile(name, os.O_RDWR|os.O_TRUNC, 0)
	fi, _ := tr.Stat()
	fmt.Println("O_TRUNC size:", fi.Size(), clean(err))
	tr.Close()

	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0600)
	fmt.Println("O_EXCL existing:", clean(err), os.IsExist(err), errors.Is(err, os.ErrExist))
	_, err = os.OpenFile(dir+"/new", os.O_RDONLY, 0)
	fmt.Println("no O_CREATE:", clean(err))
	nf, err := os.OpenFile(dir+"/new", os.O_CREATE|os.O_WRONLY, 0640)
	nfi, _ := nf.Stat()
	fmt.Println("O_CREATE:", clean(err), nfi.Mode().Perm()&0700)
	nf.Close()
	_, err = os.OpenFile(dir, os.O_WRONLY, 0)
	fmt.Println("open dir for write:", clean(err))
	d, err := os.OpenFile(dir, os.O_RDONLY, 0)
	fmt.Println("open dir ro:", clean(err))
	_, err = d.Read(make([]byte, 1))
	fmt.Println("read dir:", clean(err))
	_, err = d.Write([]byte("x"))
	fmt.Println("write dir:", clean(err))
	d.Close()
	_, err = os.OpenFile(name+"/sub", os.O_RDONLY, 0)
	fmt.Println("file as dir:", clean(err))
	_, err = os.Create(dir + "/missing/sub/file")
	fmt.Println("Create in missing dir:", clean(err))

	r, w, _ := os.Pipe()
	_, err = r.Seek(0, io.SeekStart)
	fmt.Println("seek pipe:", err)
	_, err = w.ReadAt(make([]byte, 1), 0)
	fmt.Println("readat pipe:", err)
	r.Close()
	w.Close()
}
