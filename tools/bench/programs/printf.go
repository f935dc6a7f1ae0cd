// Printf-heavy output: formatted lines with mixed verbs, widths and
// precisions through a buffered writer.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

type point struct{ X, Y int }

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	names := []string{"alpha", "beta", "gamma", "delta"}
	for i := 0; i < n; i++ {
		fmt.Fprintf(w, "%6d %-8s %8.3f %x %q %v %t %5.1f%%\n", i, names[i%4], float64(i)*1.25, i*31,
			names[(i+1)%4], point{i, -i}, i%3 == 0, float64(i%1000)/10)
	}
}
