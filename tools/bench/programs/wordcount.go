// Word frequencies over standard input: bufio.Scanner, a map, strings, sort.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		counts[strings.ToLower(sc.Text())]++
		total++
	}
	type wc struct {
		w string
		n int
	}
	var all []wc
	for w, n := range counts {
		all = append(all, wc{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	fmt.Println(total, "words,", len(counts), "distinct")
	for _, e := range all[:10] {
		fmt.Printf("%8d %s\n", e.n, e.w)
	}
}
