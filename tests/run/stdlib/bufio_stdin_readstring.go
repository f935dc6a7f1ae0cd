// bufio.Reader over stdin: ReadString lines then the remainder at EOF, with a small buffer.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(os.Stdin, 16)
	total := 0
	for i := 0; ; i++ {
		line, err := r.ReadString('\n')
		total += len(line)
		fmt.Printf("%d: len=%d %q err=%v\n", i, len(line), strings.TrimRight(line, "\n"), err)
		if err != nil {
			break
		}
	}
	fmt.Println("total bytes", total)
	line, err := r.ReadString('\n')
	fmt.Printf("after EOF: %q %v\n", line, err)
}
