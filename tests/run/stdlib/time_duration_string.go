// time.Duration.String for zero, sub-microsecond, fractional, negative and extreme values.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, -1234567, time.Second,
		1500 * time.Millisecond, time.Minute, 90 * time.Second, time.Hour, 25*time.Hour + 30*time.Minute + 15*time.Second + 5*time.Millisecond,
		-2 * time.Hour, 100 * time.Hour, time.Duration(math.MaxInt64), time.Duration(math.MinInt64), time.Duration(math.MinInt64 + 1),
		59*time.Second + 999999999, time.Minute - 1, time.Hour - 1, 3*time.Microsecond + 7, 10 * time.Microsecond, 1e9 + 1,
		2540400 * time.Millisecond}
	for _, d := range ds {
		fmt.Printf("%d -> %s | %v | %q\n", int64(d), d.String(), d, d)
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond), int64(time.Second), int64(time.Minute), int64(time.Hour))
}
