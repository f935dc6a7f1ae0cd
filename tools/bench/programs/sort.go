// Sorting a million ints and a million strings with package sort.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ints := make([]int, n)
	strs := make([]string, n)
	x := uint64(88172645463325252)
	for i := range ints {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		ints[i] = int(x % 1000000007)
		strs[i] = strconv.FormatUint(x%100000000, 36)
	}
	sort.Ints(ints)
	sort.Strings(strs)
	fmt.Println(sort.IntsAreSorted(ints), sort.StringsAreSorted(strs))
	fmt.Println(ints[0], ints[n/2], ints[n-1], strs[0], strs[n/2], strs[n-1])
}
