// bufio.Scanner: token too long with the default buffer, a larger Buffer, and a small max.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println("line len", len(sc.Text()))
	}
	fmt.Println("default err:", sc.Err())

	long := strings.Repeat("x", 100000) + "\nshort\n" + strings.Repeat("y", 70000)
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 16), 200000)
	for sc.Scan() {
		fmt.Println("big buffer line len", len(sc.Text()))
	}
	fmt.Println("big buffer err:", sc.Err())

	sc = bufio.NewScanner(strings.NewReader("abc\nabcdefghij\nxy\n"))
	sc.Buffer(make([]byte, 0, 4), 8)
	for sc.Scan() {
		fmt.Println("small:", sc.Text())
	}
	fmt.Println("small err:", sc.Err())
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrFinalToken)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("a\nb"))
		s.Scan()
		s.Buffer(make([]byte, 10), 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("a\nb"))
		s.Scan()
		s.Split(bufio.ScanWords)
	}()
}
