// io.Copy, CopyN, CopyBuffer, LimitReader, MultiReader, TeeReader, ReadAll, ReadFull, ReadAtLeast.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	var sb strings.Builder
	n, err := io.Copy(&sb, strings.NewReader("copy me"))
	fmt.Println("Copy", n, err, sb.String())
	sb.Reset()
	n, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println("CopyN 4", n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("ab"), 5)
	fmt.Println("CopyN short", n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("ab"), 0)
	fmt.Println("CopyN 0", n, err)
	sb.Reset()
	n, err = io.CopyBuffer(&sb, oneByte{strings.NewReader("buffered copy")}, make([]byte, 3))
	fmt.Println("CopyBuffer", n, err, sb.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&sb, oneByte{strings.NewReader("x")}, make([]byte, 0))
	}()
	lr := io.LimitReader(strings.NewReader("limited reader text"), 7)
	b, err := io.ReadAll(lr)
	fmt.Printf("LimitReader %q %v\n", b, err)
	b, err = io.ReadAll(io.LimitReader(strings.NewReader("x"), -1))
	fmt.Printf("LimitReader -1 %q %v\n", b, err)
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), oneByte{strings.NewReader("two ")}, strings.NewReader("three"))
	b, err = io.ReadAll(mr)
	fmt.Printf("MultiReader %q %v\n", b, err)
	b, err = io.ReadAll(io.MultiReader())
	fmt.Printf("empty MultiReader %q %v\n", b, err)
	var tee strings.Builder
	tr := io.TeeReader(strings.NewReader("teed data"), &tee)
	b, _ = io.ReadAll(tr)
	fmt.Printf("TeeReader %q tee=%q\n", b, tee.String())
	buf := make([]byte, 5)
	nn, err := io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println("ReadFull short", nn, err, errors.Is(err, io.ErrUnexpectedEOF))
	nn, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println("ReadFull empty", nn, err)
	nn, err = io.ReadFull(oneByte{strings.NewReader("abcdefg")}, buf)
	fmt.Println("ReadFull ok", nn, err, string(buf))
	nn, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println("ReadAtLeast", nn, err)
	nn, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 6)
	fmt.Println("ReadAtLeast short buffer", nn, err)
	nn, err = io.ReadAtLeast(strings.NewReader("a"), buf, 3)
	fmt.Println("ReadAtLeast EOF", nn, err)
	fmt.Println(io.EOF, "|", io.ErrUnexpectedEOF, "|", io.ErrShortWrite, "|", io.ErrShortBuffer, "|", io.ErrNoProgress, "|", io.ErrClosedPipe)
	w, err := io.WriteString(&sb, "ws")
	fmt.Println("WriteString", w, err)
	big, _ := io.ReadAll(io.LimitReader(infinite{}, 100000))
	fmt.Println("ReadAll big", len(big), big[99999])
}

type infinite struct{}

func (infinite) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'z'
	}
	return len(p), nil
}
