// time.Parse with common layouts and its exact ParseError messages for malformed input.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2023-03-05T14:07:09Z"}, {time.RFC3339, "2023-03-05T14:07:09+05:30"}, {time.RFC3339Nano, "2023-03-05T14:07:09.123456789Z"},
		{"2006-01-02", "2024-02-29"}, {"2006-01-02", "2023-02-29"}, {"2006-01-02", "2023-13-01"}, {"2006-01-02", "23-01-01"},
		{"15:04", "25:00"}, {"15:04:05", "12:60:00"}, {"Jan 2 2006", "Feb 30 2020"}, {"Jan 2 2006", "Foo 3 2020"},
		{time.Kitchen, "3:04PM"}, {time.Kitchen, "13:04PM"}, {"2006-01-02 15:04:05.000", "2023-01-01 10:11:12.345"},
		{"2006-01-02", "2023-01-01 extra"}, {"2006-01-02", ""}, {"Mon, 02 Jan 2006", "Tue, 07 Mar 2023"},
		{"Mon, 02 Jan 2006", "Xyz, 07 Mar 2023"}, {"2006-002", "2023-060"}, {"01/02/06", "12/31/99"}, {"01/02/06", "01/01/69"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("Parse(%q, %q): error: %v\n", c[0], c[1], err)
			continue
		}
		fmt.Printf("Parse(%q, %q) = %s\n", c[0], c[1], t.UTC().Format(time.RFC3339Nano))
	}
}
