package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) int { b.data = append(b.data, s); return len(s) }

func main() {
	var rw ReadWriter = &Buf{}
	fmt.Println(rw.Write("hello"), rw.Write("hi"))
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok, w.Write("again"))
	fmt.Println(r.Read(), r.Read(), r.Read() == "")
	rw2, ok := r.(ReadWriter)
	fmt.Println(ok, rw2 == rw)
	type Stringer interface{ String() string }
	_, ok = r.(Stringer)
	fmt.Println(ok)
}
