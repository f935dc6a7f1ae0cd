// os.File on a CreateTemp file: Write, Seek with every whence, Read, ReadAt, WriteAt, Stat, io.EOF.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	f, err := os.CreateTemp("", "goji-seek-*.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	base := f.Name()[strings.LastIndex(f.Name(), "/")+1:]
	fmt.Println("pattern:", strings.HasPrefix(base, "goji-seek-"), strings.HasSuffix(base, ".txt"), len(base) > len("goji-seek-.txt"))
	n, err := f.WriteString("0123456789")
	fmt.Println("write", n, err)
	for _, s := range []struct {
		off    int64
		whence int
	}{{0, io.SeekCurrent}, {0, io.SeekStart}, {3, io.SeekStart}, {2, io.SeekCurrent}, {-2, io.SeekEnd}, {5, io.SeekEnd}, {-100, io.SeekStart}} {
		pos, err := f.Seek(s.off, s.whence)
		fmt.Println("Seek", s.off, s.whence, "->", pos, err != nil)
	}
	f.Seek(7, io.SeekStart)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
	n, err = f.Read(buf)
	fmt.Printf("Read at EOF %d %v\n", n, err)
	n, err = f.Read(nil)
	fmt.Printf("Read nil %d %v\n", n, err)
	for _, off := range []int64{0, 6, 10, 20} {
		n, err := f.ReadAt(buf, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, buf[:n], err)
	}
	_, err = f.ReadAt(buf, -1)
	fmt.Println("ReadAt -1:", err != nil, strings.Contains(fmt.Sprint(err), "negative offset"))
	n, err = f.WriteAt([]byte("AB"), 2)
	fmt.Println("WriteAt", n, err)
	n, err = f.WriteAt([]byte("Z"), 15)
	fmt.Println("WriteAt past end", n, err)
	fi, _ := f.Stat()
	fmt.Println("size", fi.Size(), fi.Mode().Perm())
	data, _ := os.ReadFile(f.Name())
	fmt.Printf("%q\n", data)
	fmt.Println("Truncate", f.Truncate(3))
	f.Seek(0, io.SeekStart)
	all, err := io.ReadAll(f)
	fmt.Printf("ReadAll %q %v\n", all, err)
	fmt.Println("Sync", f.Sync(), "Close", f.Close())
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println("Seek closed:", strings.Replace(fmt.Sprint(err), f.Name(), "NAME", 1))
}
