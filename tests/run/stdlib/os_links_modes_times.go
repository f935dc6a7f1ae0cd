// os.Symlink/Readlink/Lstat/Link/SameFile, Chmod and Stat modes, Chtimes and ModTime, in a temp directory.
package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-links")
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
	target := dir + "/target.txt"
	os.WriteFile(target, []byte("target data"), 0600)
	fmt.Println("Symlink:", clean(os.Symlink("target.txt", dir+"/link")))
	fmt.Println("Symlink exists:", clean(os.Symlink("target.txt", dir+"/link")))
	l, err := os.Readlink(dir + "/link")
	fmt.Println("Readlink:", l, clean(err))
	_, err = os.Readlink(target)
	fmt.Println("Readlink regular:", clean(err))
	li, _ := os.Lstat(dir + "/link")
	si, _ := os.Stat(dir + "/link")
	fmt.Println("Lstat:", li.Name(), li.Mode()&os.ModeSymlink != 0, li.Mode().Type(), "Stat:", si.Name(), si.Mode(), si.Size())
	data, err := os.ReadFile(dir + "/link")
	fmt.Printf("read via link: %q %s\n", data, clean(err))
	fmt.Println("Link:", clean(os.Link(target, dir+"/hard")))
	hi, _ := os.Stat(dir + "/hard")
	ti, _ := os.Stat(target)
	fmt.Println("SameFile hard:", os.SameFile(hi, ti), "SameFile link-stat:", os.SameFile(si, ti), "SameFile lstat:", os.SameFile(li, ti))
	os.Symlink("missing", dir+"/dangling")
	_, err = os.Stat(dir + "/dangling")
	fmt.Println("Stat dangling:", clean(err), os.IsNotExist(err))
	for _, m := range []os.FileMode{0, 0400, 0644, 0755, 0777, 01755, 02755, 04755} {
		err := os.Chmod(target, m)
		fi, _ := os.Stat(target)
		fmt.Printf("Chmod %#o: %s -> %v perm=%v\n", uint32(m), clean(err), fi.Mode(), fi.Mode().Perm())
	}
	fmt.Println("Chmod missing:", clean(os.Chmod(dir+"/none", 0644)))
	mt := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	at := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println("Chtimes:", clean(os.Chtimes(target, at, mt)))
	ti, _ = os.Stat(target)
	fmt.Println("ModTime:", ti.ModTime().UTC(), ti.ModTime().Equal(mt))
	fmt.Println("Chtimes missing:", clean(os.Chtimes(dir+"/none", at, mt)))
	fmt.Println("Rename over:", clean(os.Rename(dir+"/hard", target)))
	fmt.Println("Remove link:", clean(os.Remove(dir+"/link")), "target still there:", func() bool { _, e := os.Stat(target); return e == nil }())
	err = os.Link(dir+"/none", dir+"/x")
	fmt.Println("Link missing:", clean(err), os.IsNotExist(err))
	err = os.Rename(dir+"/none", dir+"/x")
	fmt.Println("Rename missing:", clean(err))
}
