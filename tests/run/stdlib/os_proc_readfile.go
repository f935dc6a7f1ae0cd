// os.ReadFile on files whose Stat size is 0 (/proc) and on /dev/null; Open+Read loops agree.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := os.ReadFile("/proc/version")
	fmt.Println("ReadFile /proc/version:", len(data) > 0, strings.HasPrefix(string(data), "Linux version"), err)
	fi, _ := os.Stat("/proc/version")
	fmt.Println("stat size:", fi.Size(), fi.Mode().IsRegular())
	f, _ := os.Open("/proc/version")
	var sb strings.Builder
	buf := make([]byte, 7)
	for {
		n, err := f.Read(buf)
		sb.Write(buf[:n])
		if err == io.EOF {
			break
		}
	}
	f.Close()
	fmt.Println("same content:", sb.String() == string(data))
	d, err := os.ReadFile("/dev/null")
	fmt.Printf("/dev/null: %q %v\n", d, err)
	fmt.Println(os.WriteFile("/dev/null", []byte("discard"), 0))
	n, err := os.ReadFile(os.DevNull)
	fmt.Println(len(n), err)
	fi, err = os.Stat("/dev/null")
	fmt.Println(fi.Name(), fi.Mode()&os.ModeDevice != 0, fi.Mode()&os.ModeCharDevice != 0, fi.Mode().Type(), err)
	fi, err = os.Lstat("/proc/self")
	fmt.Println("/proc/self symlink:", fi.Mode()&os.ModeSymlink != 0, err)
}
