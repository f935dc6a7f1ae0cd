// bufio.Scanner over stdin with ScanWords: Unicode spaces, runs of whitespace, invalid UTF-8.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Printf("%d words, err=%v\n", len(words), sc.Err())
	for i, w := range words {
		fmt.Printf("%2d %q\n", i, w)
	}
}
