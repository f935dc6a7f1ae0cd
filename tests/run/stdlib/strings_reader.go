// strings.Reader: Read, ReadAt, ReadByte/UnreadByte, ReadRune/UnreadRune, Seek, WriteTo, errors.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, 世界")
	fmt.Println("Len", r.Len(), "Size", r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("Read %d %q %v Len=%d\n", n, buf[:n], err, r.Len())
		if err != nil {
			break
		}
	}
	r.Reset("aé世")
	for {
		ch, size, err := r.ReadRune()
		fmt.Printf("ReadRune %q %d %v\n", ch, size, err)
		if err != nil {
			break
		}
	}
	fmt.Println("UnreadRune:", r.UnreadRune())
	fmt.Println("UnreadRune again:", r.UnreadRune())
	r.Reset("ab")
	fmt.Println("UnreadByte at start:", r.UnreadByte())
	b, err := r.ReadByte()
	fmt.Println("ReadByte", b, err, "UnreadByte", r.UnreadByte(), "UnreadRune", r.UnreadRune())
	r.Reset("\xffz")
	ch, size, err := r.ReadRune()
	fmt.Printf("invalid: %q %d %v\n", ch, size, err)
	r.Reset("0123456789")
	for _, off := range []int64{0, 5, 9, 10, 11} {
		p := make([]byte, 3)
		n, err := r.ReadAt(p, off)
		fmt.Printf("ReadAt(%d) %d %q %v\n", off, n, p[:n], err)
	}
	_, err = r.ReadAt(buf, -1)
	fmt.Println("ReadAt(-1):", err)
	for _, s := range []struct {
		off    int64
		whence int
	}{{3, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {100, io.SeekStart}, {-1, io.SeekStart}, {0, 7}} {
		pos, err := r.Seek(s.off, s.whence)
		fmt.Println("Seek", s.off, s.whence, "->", pos, err)
	}
	r.Seek(4, io.SeekStart)
	n, err := r.WriteTo(os.Stdout)
	fmt.Println("\nWriteTo", n, err)
	n, err = r.WriteTo(os.Stdout)
	fmt.Println("WriteTo again", n, err)
	data, err := io.ReadAll(strings.NewReader("read all of this"))
	fmt.Printf("ReadAll %q %v\n", data, err)
	var z strings.Reader
	nn, err := z.Read(buf)
	fmt.Println("zero Reader:", nn, err, z.Len())
}
