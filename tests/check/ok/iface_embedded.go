package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type Closer interface {
	Close() error
}

// Embedded interfaces; overlapping identical methods are allowed.
type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Reader
	Closer
}

type buffer struct {
	data   []string
	closed bool
}

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *buffer) Write(s string) { b.data = append(b.data, s) }
func (b *buffer) Close() error   { b.closed = true; return nil }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	var rwc ReadWriteCloser = &buffer{}
	rwc.Write("a")
	rwc.Write("b")
	var r Reader = rwc
	var w Writer = rwc
	w.Write("c")
	fmt.Println(r.Read(), rwc.Read(), r.Read(), r.Read() == "")
	fmt.Println(rwc.Close(), rwc.(*buffer).closed)

	var rd io.Reader = upper{strings.NewReader("shout")}
	data, err := io.ReadAll(rd)
	fmt.Println(string(data), err)
}
