package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Named interface{ Name() string }
type person struct{ n string }

func (p person) Name() string { return p.n }

func safeAssert(v interface{}) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r != nil)
		}
	}()
	s = v.(string)
	return s, nil
}

func main() {
	var v interface{} = person{"ann"}
	p := v.(person)
	fmt.Println(p.n)
	n, ok := v.(Named)
	fmt.Println(n.Name(), ok)
	_, ok = v.(fmt.Stringer)
	fmt.Println(ok)
	i, ok := v.(int)
	fmt.Println(i, ok)
	fmt.Println(safeAssert("x"))
	fmt.Println(safeAssert(1))

	var r io.Reader = strings.NewReader("data")
	if _, isWriter := r.(io.Writer); !isWriter {
		fmt.Println("reader is not a writer")
	}
	if sr, ok := r.(*strings.Reader); ok {
		fmt.Println(sr.Len())
	}
	var w io.Writer = os.Stdout
	if f, ok := w.(*os.File); ok {
		fmt.Fprintln(f, "stdout is a file")
	}
	var e error
	_, ok = e.(interface{ Timeout() bool })
	fmt.Println(ok)
}
