// bufio.Reader.ReadRune with multi-byte runes straddling the buffer edge, over a one-byte-at-a-time reader.
package main

import (
	"bufio"
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
	text := "abcdefghijklmn世界😀é\xe4\xb8Z\xf0\x9f\x98"
	for _, size := range []int{16, 17, 18, 19} {
		r := bufio.NewReaderSize(oneByte{strings.NewReader(text)}, size)
		var out []string
		for {
			ch, n, err := r.ReadRune()
			if err != nil {
				out = append(out, err.Error())
				break
			}
			out = append(out, fmt.Sprintf("%q/%d", ch, n))
		}
		fmt.Println(size, strings.Join(out, " "))
	}
	r := bufio.NewReaderSize(strings.NewReader(strings.Repeat("é", 20)), 16)
	count := 0
	for {
		_, n, err := r.ReadRune()
		if err != nil {
			break
		}
		if n != 2 {
			fmt.Println("bad size", n)
		}
		count++
	}
	fmt.Println("runes", count)
}
