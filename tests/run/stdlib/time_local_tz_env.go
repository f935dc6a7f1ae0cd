// time.Local from the TZ environment variable (a zoneinfo name): formatting, Zone, DST, String of Local.
// env: TZ=America/New_York
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local.String())
	for _, sec := range []int64{0, 1e9, 1678604399, 1678604400, 1699163999, 1699164000, 2e9, -1e9} {
		t := time.Unix(sec, 0)
		name, off := t.Zone()
		fmt.Println(sec, t, t.Format(time.RFC1123Z), name, off, t.IsDST(), t.Location())
	}
	d := time.Date(2023, 3, 12, 2, 30, 0, 0, time.Local)
	fmt.Println(d, d.Unix())
	fmt.Println(time.Date(2023, 6, 1, 12, 0, 0, 0, time.Local).UTC())
	t, err := time.Parse("2006-01-02 15:04 MST", "2023-07-01 10:00 EDT")
	fmt.Println(t, t.UTC(), err)
	t, err = time.Parse("2006-01-02 15:04 MST", "2023-07-01 10:00 PST")
	fmt.Println(t, t.UTC(), err)
	t, err = time.ParseInLocation("2006-01-02 15:04", "2023-01-01 00:00", time.Local)
	fmt.Println(t, t.Unix(), err)
}
