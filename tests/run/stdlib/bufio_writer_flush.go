// bufio.Writer: buffering until Flush, Available/Buffered/Size, large writes, WriteRune, errors from the sink.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

type failAfter struct {
	n   int
	got strings.Builder
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.got.Len()+len(p) > f.n {
		k := f.n - f.got.Len()
		f.got.Write(p[:k])
		return k, errors.New("sink full")
	}
	f.got.Write(p)
	return len(p), nil
}

func main() {
	var sink strings.Builder
	w := bufio.NewWriterSize(&sink, 16)
	fmt.Println("size", w.Size(), "avail", w.Available(), "buffered", w.Buffered())
	w.WriteString("hello")
	fmt.Printf("after 5: sink=%q buffered=%d avail=%d\n", sink.String(), w.Buffered(), w.Available())
	w.WriteString(" world, this is long")
	fmt.Printf("after overflow: sink=%q buffered=%d\n", sink.String(), w.Buffered())
	n, err := w.WriteRune('世')
	fmt.Println("WriteRune", n, err, w.Buffered())
	n, err = w.WriteRune(-1)
	fmt.Println("WriteRune invalid", n, err)
	fmt.Println("WriteByte", w.WriteByte('!'))
	fmt.Println("Flush", w.Flush(), "buffered", w.Buffered())
	fmt.Printf("sink=%q\n", sink.String())
	big := strings.Repeat("0123456789", 10)
	n, err = w.Write([]byte(big))
	fmt.Println("big write", n, err, "buffered", w.Buffered(), "sink len", sink.Len())
	f := &failAfter{n: 10}
	fw := bufio.NewWriterSize(f, 8)
	for i := 0; i < 4; i++ {
		n, err := fw.WriteString("abcde")
		fmt.Println("write", i, n, err, fw.Buffered())
	}
	fmt.Println("Flush after failure:", fw.Flush())
	fmt.Printf("failing sink got %q\n", f.got.String())
	fw.Reset(&sink)
	fmt.Println("after Reset:", fw.Buffered(), fw.Flush())
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "buffered stdout line %d\n", 1)
	fmt.Println("direct stdout line (appears before the buffered one)")
	fmt.Println("default size:", out.Size(), bufio.NewWriterSize(out, 100).Size() == 4096, bufio.NewWriterSize(&sink, 0).Size())
	nr, err := out.ReadFrom(strings.NewReader("from ReadFrom\n"))
	fmt.Fprintln(out, "ReadFrom:", nr, err)
}
