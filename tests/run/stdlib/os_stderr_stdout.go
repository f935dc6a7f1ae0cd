// Writes to os.Stdout and os.Stderr: Fprint* to both, File.Write, WriteString, Name, Fd.
package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := fmt.Fprintln(os.Stderr, "error: first stderr line", 42)
	fmt.Println("Fprintln stderr:", n, err)
	fmt.Fprintf(os.Stderr, "second stderr line\n")
	n, err = os.Stdout.Write([]byte("raw write\n"))
	fmt.Println("Write:", n, err)
	n, err = os.Stdout.WriteString("")
	fmt.Println("empty WriteString:", n, err)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	fmt.Fprint(os.Stdout, "no newline", 1, 2, "x\n")
	buf := make([]byte, 10)
	n, err = os.Stdin.Read(buf)
	fmt.Println("stdin read:", n, err)
}
