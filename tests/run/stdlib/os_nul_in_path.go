// Path names containing a NUL byte are rejected with EINVAL by every os function (they must not be
// truncated at the NUL and reach a different file).
package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-nul")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	clean := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(strings.ReplaceAll(err.Error(), dir, "$DIR"), "\x00", "<NUL>")
	}
	a := dir + "/a"
	os.WriteFile(a, []byte("keep me"), 0644)
	bad := a + "\x00suffix"
	_, err = os.Open(bad)
	fmt.Println("Open:", clean(err))
	_, err = os.ReadFile(bad)
	fmt.Println("ReadFile:", clean(err))
	fmt.Println("WriteFile:", clean(os.WriteFile(bad, []byte("overwritten"), 0644)))
	_, err = os.Stat(bad)
	fmt.Println("Stat:", clean(err))
	_, err = os.Lstat(bad)
	fmt.Println("Lstat:", clean(err))
	fmt.Println("Chmod:", clean(os.Chmod(bad, 0)))
	fmt.Println("Chown:", clean(os.Chown(bad, -1, -1)))
	fmt.Println("Lchown:", clean(os.Lchown(bad, -1, -1)))
	fmt.Println("Chtimes:", clean(os.Chtimes(bad, time.Unix(0, 0), time.Unix(0, 0))))
	fmt.Println("Truncate:", clean(os.Truncate(bad, 0)))
	fmt.Println("Mkdir:", clean(os.Mkdir(dir+"/d\x00x", 0755)))
	fmt.Println("Symlink:", clean(os.Symlink("t", dir+"/s\x00x")))
	fmt.Println("Link:", clean(os.Link(bad, dir+"/l")))
	fmt.Println("Rename:", clean(os.Rename(bad, dir+"/r")))
	_, err = os.Readlink(bad)
	fmt.Println("Readlink:", clean(err))
	fmt.Println("Chdir:", clean(os.Chdir(dir+"\x00x")))
	fmt.Println("Remove:", clean(os.Remove(bad)))
	data, err := os.ReadFile(a)
	mode := "missing"
	if fi, err := os.Stat(a); err == nil {
		mode = fi.Mode().String()
	}
	fmt.Printf("a is intact: %q %v %v\n", data, mode, clean(err))
	entries, _ := os.ReadDir(dir)
	fmt.Print("entries:")
	for _, e := range entries {
		fmt.Print(" ", e.Name())
	}
	fmt.Println()
}
