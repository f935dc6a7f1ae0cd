// mandelbrot (the Computer Language Benchmarks Game), single-threaded:
// prints a checksum of the bitmap instead of the PBM bytes.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	rowBytes := (n + 7) / 8
	var sum uint32
	row := make([]byte, rowBytes)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		for i := range row {
			row[i] = 0
		}
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < 50 && tr+ti <= 4; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			if tr+ti <= 4 {
				row[x/8] |= 0x80 >> uint(x%8)
			}
		}
		for _, b := range row {
			sum = sum*31 + uint32(b)
		}
	}
	fmt.Printf("P4 %d %d checksum %d\n", n, n, sum)
}
