package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	w     io.Writer
	bytes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d: %q\n", lines, sc.Text())
	}
	fmt.Println(sc.Err())

	words := bufio.NewScanner(strings.NewReader("one two  three"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
	}
	fmt.Println("words:", n)

	cw := &countingWriter{w: os.Stdout}
	w := bufio.NewWriter(cw)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("more\n")
	fmt.Println("before flush:", cw.bytes)
	w.Flush()
	fmt.Println("after flush:", cw.bytes)

	r := bufio.NewReader(strings.NewReader("first line\nsecond"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err == io.EOF)

	var sb strings.Builder
	copied, _ := io.Copy(&sb, strings.NewReader("copy me"))
	fmt.Println(copied, sb.String())
	io.WriteString(os.Stdout, "direct\n")
}
