// time.LoadLocation from the system zoneinfo: DST transitions, Zone names, offsets, errors for unknown zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"UTC", "", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "Nope/Zone", "../etc/passwd", "Local"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("LoadLocation(%q): error %v\n", name, err)
			continue
		}
		if name == "Local" {
			fmt.Println("Local loads:", loc.String())
			continue
		}
		fmt.Printf("LoadLocation(%q) = %s\n", name, loc)
		for _, t := range []time.Time{
			time.Date(2023, 1, 15, 12, 0, 0, 0, time.UTC), time.Date(2023, 7, 15, 12, 0, 0, 0, time.UTC),
			time.Date(2023, 3, 12, 6, 59, 59, 0, time.UTC), time.Date(2023, 3, 12, 7, 0, 0, 0, time.UTC),
			time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2040, 6, 1, 0, 0, 0, 0, time.UTC),
		} {
			lt := t.In(loc)
			zn, off := lt.Zone()
			fmt.Printf("  %s -> %s %s %d dst=%v\n", t.Format(time.RFC3339), lt.Format("2006-01-02 15:04:05 MST -0700"), zn, off, lt.IsDST())
		}
	}
	ny, _ := time.LoadLocation("America/New_York")
	gap := time.Date(2023, 3, 12, 2, 30, 0, 0, ny)
	fmt.Println("in the gap:", gap, gap.UTC())
	overlap := time.Date(2023, 11, 5, 1, 30, 0, 0, ny)
	fmt.Println("in the overlap:", overlap, overlap.UTC())
	start, end := overlap.ZoneBounds()
	fmt.Println("ZoneBounds:", start, end)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2023-07-04 09:00", ny)
	fmt.Println("ParseInLocation:", t, t.UTC(), err)
	fz := time.FixedZone("", 3600*5+1800)
	fmt.Println(time.Date(2023, 1, 1, 0, 0, 0, 0, fz), fz)
}
