// time.Date, Format layouts, Unix conversions, Add/Sub/AddDate, Weekday, YearDay, ISOWeek in UTC and FixedZone.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.RFC822, time.ANSIC, time.Kitchen,
		time.Stamp, time.StampMicro, "2006-01-02 15:04:05.000", "Mon Jan _2 3:4:5 PM 06", "02/01/2006 .999999999 Z07:00", "Jan January Mon Monday 002"}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	fmt.Println(t, t.Unix(), t.UnixMilli(), t.UnixNano(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println("ISOWeek", y, w)
	zone := time.FixedZone("XST", -(5*3600 + 30*60))
	tz := t.In(zone)
	name, off := tz.Zone()
	fmt.Println(tz, name, off, tz.Format(time.RFC3339), tz.Equal(t), tz == t)
	fmt.Println(t.Add(36*time.Hour), t.AddDate(0, 1, 30), t.AddDate(-1, -3, 0), t.Sub(t.AddDate(0, 0, -7)))
	norm := time.Date(2023, 2, 31, 25, 61, 61, 0, time.UTC)
	fmt.Println("normalized:", norm)
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	u := time.Unix(0, 0).UTC()
	fmt.Println(u, u.IsZero(), time.Time{}.IsZero(), time.Time{}, time.Unix(1e9, 5).UTC())
	for m := time.January; m <= time.December+1; m += 3 {
		fmt.Print(m, " ")
	}
	fmt.Println(time.Month(0), time.Sunday, time.Saturday, time.Weekday(9))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second), t.Before(u), t.After(u))
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), a.Sub(b), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(b))
}
