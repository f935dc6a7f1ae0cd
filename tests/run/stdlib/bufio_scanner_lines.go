// bufio.Scanner over stdin with ScanLines: CRLF, empty lines, final line without newline.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q len=%d bytes=%q\n", n, sc.Text(), len(sc.Bytes()), sc.Bytes())
	}
	fmt.Println("lines:", n, "err:", sc.Err())
	fmt.Println("scan after end:", sc.Scan(), sc.Err())
}
