// strconv.Itoa/FormatInt/ParseInt round trips around powers of ten and two, and the small-number fast path.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	p := int64(1)
	for i := 0; i < 19; i++ {
		for _, v := range []int64{p - 1, p, p + 1, -p, -(p - 1)} {
			s := strconv.FormatInt(v, 10)
			back, err := strconv.ParseInt(s, 10, 64)
			if back != v || err != nil {
				fmt.Println("MISMATCH", v, s, back, err)
			}
			fmt.Print(s, " ")
		}
		fmt.Println()
		p *= 10
	}
	for i := uint(0); i < 64; i += 7 {
		v := int64(1) << i
		fmt.Println(i, strconv.FormatInt(v, 10), strconv.FormatInt(v-1, 2), strconv.FormatInt(-v, 36), strconv.FormatUint(uint64(v)<<1, 10))
	}
	small := ""
	for i := -2; i < 102; i++ {
		small += strconv.Itoa(i)
	}
	fmt.Println(len(small), small[:20], small[len(small)-20:])
	for _, bits := range []int{8, 16, 32, 64} {
		max := int64(1)<<(bits-1) - 1
		for _, v := range []int64{max, -max - 1} {
			s := strconv.FormatInt(v, 10)
			a, e1 := strconv.ParseInt(s, 10, bits)
			b, e2 := strconv.ParseInt(s+"0", 10, bits)
			fmt.Println(bits, s, a, e1, b, e2)
		}
	}
}
