// io.SectionReader (Read, ReadAt, Seek, Size), MultiWriter, NopCloser, Discard and short-write errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, errors.New("write failed") }

func main() {
	src := strings.NewReader("0123456789abcdefghij")
	sr := io.NewSectionReader(src, 5, 8)
	fmt.Println("Size", sr.Size())
	b, err := io.ReadAll(sr)
	fmt.Printf("ReadAll %q %v\n", b, err)
	buf := make([]byte, 4)
	for _, off := range []int64{0, 6, 8, -1} {
		n, err := sr.ReadAt(buf, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, buf[:n], err)
	}
	for _, s := range [][2]int64{{2, io.SeekStart}, {1, io.SeekCurrent}, {-3, io.SeekEnd}, {-10, io.SeekCurrent}, {0, 9}} {
		pos, err := sr.Seek(s[0], int(s[1]))
		fmt.Println("Seek", s, pos, err)
	}
	n, _ := sr.Read(buf)
	fmt.Printf("Read after seek %q\n", buf[:n])
	var a, c strings.Builder
	mw := io.MultiWriter(&a, &c)
	n, err = io.WriteString(mw, "to both")
	fmt.Println("MultiWriter", n, err, a.String(), c.String())
	n, err = io.MultiWriter(&a, shortWriter{}, &c).Write([]byte("abcd"))
	fmt.Println("MultiWriter short", n, err)
	n, err = io.MultiWriter(errWriter{}, &a).Write([]byte("x"))
	fmt.Println("MultiWriter err", n, err)
	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println("Discard", n, err)
	cnt, err := io.Copy(io.Discard, strings.NewReader(strings.Repeat("q", 12345)))
	fmt.Println("Copy to Discard", cnt, err)
	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println("NopCloser Close", rc.Close())
	cnt, err = io.Copy(shortWriter{}, strings.NewReader("some data"))
	fmt.Println("Copy short", cnt, err)
	cnt, err = io.Copy(errWriter{}, strings.NewReader("some data"))
	fmt.Println("Copy err", cnt, err)
}
