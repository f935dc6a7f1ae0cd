// bufio.Scanner over stdin with ScanRunes and ScanBytes (from a string): invalid bytes become U+FFFD.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q(%d) ", sc.Text(), len(sc.Bytes()))
	}
	fmt.Println()
	fmt.Println("err:", sc.Err())
	bs := bufio.NewScanner(strings.NewReader("a\xffé"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Printf("%q ", bs.Bytes())
	}
	fmt.Println()
}
