// time.Duration.Round and Truncate: halfway cases, negative values, m<=0, saturation at the extremes.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	ms := []time.Duration{0, -1, 1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second,
		time.Minute, 15 * time.Minute, time.Hour, 7 * time.Hour, 3 * time.Millisecond}
	for _, m := range ms {
		fmt.Printf("m=%v: Round=%v Truncate=%v | neg Round=%v Truncate=%v\n", m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	half := []time.Duration{1500 * time.Millisecond, 2500 * time.Millisecond, -1500 * time.Millisecond, -2500 * time.Millisecond,
		500 * time.Millisecond, -500 * time.Millisecond, 499 * time.Millisecond}
	for _, h := range half {
		fmt.Printf("%v: Round(1s)=%v Truncate(1s)=%v\n", h, h.Round(time.Second), h.Truncate(time.Second))
	}
	max, min := time.Duration(math.MaxInt64), time.Duration(math.MinInt64)
	fmt.Println(max.Round(time.Hour), min.Round(time.Hour), max.Truncate(time.Hour), min.Truncate(time.Hour))
	fmt.Println(max.Round(3), min.Round(7), (max - 1).Round(2))
}
