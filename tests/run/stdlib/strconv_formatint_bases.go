// strconv.FormatInt/FormatUint/Itoa/AppendInt/AppendUint in every base, extremes, invalid base.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	ints := []int64{0, 1, -1, 7, -8, 35, 36, 255, -256, 1000000, math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32}
	for _, v := range ints {
		line := strconv.Itoa(int(v)) + ":"
		for _, b := range []int{2, 3, 8, 10, 16, 32, 36} {
			line += " " + strconv.FormatInt(v, b)
		}
		fmt.Println(line)
	}
	for _, v := range []uint64{0, 1, 99, 100, math.MaxUint64, math.MaxUint32, 1 << 63} {
		fmt.Println(strconv.FormatUint(v, 10), strconv.FormatUint(v, 2), strconv.FormatUint(v, 16), strconv.FormatUint(v, 36))
	}
	dst := []byte("n=")
	dst = strconv.AppendInt(dst, -42, 10)
	dst = append(dst, ' ')
	dst = strconv.AppendInt(dst, 255, 16)
	dst = append(dst, ' ')
	dst = strconv.AppendUint(dst, math.MaxUint64, 8)
	dst = append(dst, ' ')
	dst = strconv.AppendInt(nil, math.MinInt64, 2)
	fmt.Printf("%s\n", dst)
	fmt.Printf("%q\n", strconv.AppendInt(nil, 0, 10))
	for i := -3; i < 103; i += 7 {
		fmt.Print(strconv.Itoa(i), " ")
	}
	fmt.Println()
	for _, b := range []int{0, 1, 37, -2} {
		func() {
			defer func() { fmt.Println("base", b, "recovered:", recover()) }()
			fmt.Println(strconv.FormatInt(10, b))
		}()
	}
}
