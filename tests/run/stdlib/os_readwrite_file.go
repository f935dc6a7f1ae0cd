// os.WriteFile/ReadFile round trip in a MkdirTemp directory; OpenFile append, Truncate, Rename, Remove, Stat.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-rw-*")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	clean := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "$DIR")
	}
	name := dir + "/data.txt"
	data := []byte("line one\nline two\x00\xff\n")
	fmt.Println("WriteFile:", clean(os.WriteFile(name, data, 0644)))
	got, err := os.ReadFile(name)
	fmt.Printf("ReadFile: %q %s equal=%v\n", got, clean(err), string(got) == string(data))
	fi, err := os.Stat(name)
	fmt.Println("Stat:", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), clean(err))
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println("OpenFile append:", clean(err))
	n, err := f.WriteString("appended\n")
	fmt.Println("WriteString:", n, clean(err))
	fmt.Println("Close:", clean(f.Close()), "again:", clean(f.Close()))
	_, err = f.Write([]byte("x"))
	fmt.Println("Write after close:", clean(err))
	got, _ = os.ReadFile(name)
	fmt.Printf("after append: %q\n", got)
	fmt.Println("Truncate:", clean(os.Truncate(name, 4)))
	got, _ = os.ReadFile(name)
	fmt.Printf("after truncate: %q\n", got)
	fmt.Println("Rename:", clean(os.Rename(name, dir+"/renamed.txt")))
	_, err = os.Stat(name)
	fmt.Println("old gone:", os.IsNotExist(err), clean(err))
	fmt.Println("WriteFile empty:", clean(os.WriteFile(dir+"/empty", nil, 0600)))
	e, err := os.ReadFile(dir + "/empty")
	fmt.Printf("empty: %q len=%d nil=%v %s\n", e, len(e), e == nil, clean(err))
	big := []byte(strings.Repeat("0123456789abcdef", 70000))
	fmt.Println("big write:", clean(os.WriteFile(dir+"/big", big, 0600)))
	bg, err := os.ReadFile(dir + "/big")
	fmt.Println("big read:", len(bg), string(bg) == string(big), clean(err))
	fmt.Println("Remove:", clean(os.Remove(dir+"/renamed.txt")), "again:", clean(os.Remove(dir+"/renamed.txt")))
	fmt.Println("Create excl:", clean(func() error {
		_, err := os.OpenFile(dir+"/empty", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
		return err
	}()))
	fc, err := os.Create(dir + "/created")
	fmt.Println("Create:", clean(err), strings.HasSuffix(fc.Name(), "/created"))
	fc.WriteString("abc")
	fc.Close()
	fc, _ = os.Create(dir + "/created")
	fi, _ = fc.Stat()
	fmt.Println("Create truncates:", fi.Size())
	fc.Close()
}
