// os.Stdin/Stdout/Stderr: Stat of the pipes the test harness connects, reading all of stdin.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fi, err := os.Stdin.Stat()
	fmt.Println("stdin pipe:", fi.Mode()&os.ModeNamedPipe != 0, fi.Mode().Type(), fi.Name(), err)
	data, err := io.ReadAll(os.Stdin)
	fmt.Printf("stdin: %d bytes, first %q, last %q, err=%v\n", len(data), data[:10], data[len(data)-10:], err)
	n, err := os.Stdin.Read(make([]byte, 5))
	fmt.Println("read after EOF:", n, err)
	lines := 0
	for _, b := range data {
		if b == '\n' {
			lines++
		}
	}
	fmt.Println("lines", lines)
	_, err = os.Stdin.Write([]byte("x"))
	fmt.Println("write stdin fails:", err != nil)
}
