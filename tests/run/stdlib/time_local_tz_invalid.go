// time.Local when TZ names no zone (falls back to UTC), and explicit colon-prefixed and POSIX-like names.
// env: TZ=Nowhere/Nothing
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1e9, 0)
	name, off := t.Zone()
	fmt.Println(time.Local.String(), t, name, off)
	for _, n := range []string{"EST5EDT", "Etc/GMT+5", "Etc/GMT-14", "UTC", "GMT", "Zulu", "Europe/Berlin", "right/UTC", "posixrules", "Nowhere/Nothing", "europe/berlin", "/etc/localtime", "Europe/../UTC"} {
		loc, err := time.LoadLocation(n)
		if err != nil {
			fmt.Printf("%q: %v\n", n, err)
			continue
		}
		lt := t.In(loc)
		zn, zo := lt.Zone()
		fmt.Printf("%q: %s %s %s %d\n", n, loc, lt.Format(time.RFC3339), zn, zo)
	}
}
