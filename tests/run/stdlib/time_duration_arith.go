// time.Duration arithmetic and conversions: Seconds/Minutes/Hours, Milli/Micro/Nanoseconds, Abs, overflow wrap.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, -1, 1500 * time.Microsecond, 90 * time.Minute, -36 * time.Hour, 1234567890123,
		time.Duration(math.MaxInt64), time.Duration(math.MinInt64)}
	for _, d := range ds {
		fmt.Printf("%v: ns=%d us=%d ms=%d s=%v m=%v h=%v abs=%v\n", d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(),
			d.Seconds(), d.Minutes(), d.Hours(), d.Abs())
	}
	d := 2*time.Hour + 45*time.Minute
	fmt.Println(d+time.Minute, d-3*time.Hour, d*2, d/3, d%time.Hour, -d, d/time.Minute, time.Duration(1.5*float64(time.Second)))
	big := time.Duration(math.MaxInt64)
	fmt.Println(big+1 == time.Duration(math.MinInt64), (big + 1).String())
	fmt.Println(time.Duration(2.5e9), time.Second*time.Duration(3), 5*time.Second/2)
	var zero time.Duration
	fmt.Println(zero, zero == 0, zero.Seconds())
	fmt.Printf("%T %d %x %08v\n", d, d, int64(d), time.Second)
}
