// bufio.Reader: ReadString, ReadBytes, ReadRune/UnreadRune, ReadByte/UnreadByte, Peek, Discard, ReadLine, errors.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha,beta,gamma"))
	for {
		s, err := r.ReadString(',')
		fmt.Printf("ReadString %q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("héllo\xff世"))
	for {
		ch, size, err := r.ReadRune()
		fmt.Printf("ReadRune %q %d %v\n", ch, size, err)
		if err != nil {
			break
		}
	}
	fmt.Println("UnreadRune after EOF:", r.UnreadRune())
	r = bufio.NewReader(strings.NewReader("xyz"))
	r.ReadRune()
	fmt.Println("UnreadRune:", r.UnreadRune(), "twice:", r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println("ReadByte", string(b), "UnreadByte", r.UnreadByte(), "UnreadRune after UnreadByte", r.UnreadRune())
	p, err := r.Peek(2)
	fmt.Printf("Peek(2) %q %v\n", p, err)
	p, err = r.Peek(10)
	fmt.Printf("Peek(10) %q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println("Peek(-1)", err)
	d, err := r.Discard(1)
	fmt.Println("Discard(1)", d, err, "Buffered", r.Buffered())
	d, err = r.Discard(5)
	fmt.Println("Discard(5)", d, err)
	small := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz\nshort\nend"), 16)
	fmt.Println("Size", small.Size())
	_, err = small.Peek(20)
	fmt.Println("Peek beyond size:", err)
	for {
		line, prefix, err := small.ReadLine()
		fmt.Printf("ReadLine %q prefix=%v err=%v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("a\r\nb\nc"))
	for {
		line, err := r.ReadBytes('\n')
		fmt.Printf("ReadBytes %q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("0123456789"))
	sl, err := r.ReadSlice('5')
	fmt.Printf("ReadSlice %q %v\n", sl, err)
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
	n, err = io.ReadFull(r, make([]byte, 5))
	fmt.Println("ReadFull", n, err)
	var sb strings.Builder
	r.Reset(strings.NewReader("written to"))
	wn, err := r.WriteTo(&sb)
	fmt.Println("WriteTo", wn, err, sb.String())
	fmt.Println(bufio.ErrBufferFull, "|", bufio.ErrNegativeCount, "|", bufio.ErrInvalidUnreadByte, "|", bufio.ErrInvalidUnreadRune)
}
