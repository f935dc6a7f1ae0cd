// time.Month and time.Weekday String for valid and out-of-range values; Duration zero-value helpers.
package main

import (
	"fmt"
	"time"
)

func main() {
	for m := time.Month(-1); m <= 14; m++ {
		fmt.Printf("%d:%s ", int(m), m)
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 8; d++ {
		fmt.Printf("%d:%v ", int(d), d)
	}
	fmt.Println()
	fmt.Printf("%v %s %d %q\n", time.March, time.March, time.March, time.Friday)
	t := time.Date(2020, time.December, 31, 23, 59, 59, 999999999, time.UTC)
	for i := 0; i < 8; i++ {
		d := t.AddDate(0, 0, i)
		y, w := d.ISOWeek()
		fmt.Println(d.Format("2006-01-02 Mon"), d.YearDay(), y, w, d.Weekday())
	}
	fmt.Println(t.Add(1), t.Add(1).Year())
	fmt.Println(time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC).Unix(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix())
	fmt.Println(time.UnixMilli(-1).UTC(), time.UnixMicro(1).UTC().Format(time.RFC3339Nano))
}
