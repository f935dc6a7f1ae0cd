// time.Time text/JSON/binary marshalling round trips and UnmarshalText/JSON errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2023, 3, 5, 14, 7, 9, 123456789, time.UTC),
		time.Date(1999, 12, 31, 23, 59, 59, 0, time.FixedZone("X", -7*3600)),
		time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("Y", 5*3600+45*60)),
		{},
	}
	for _, t := range times {
		txt, err := t.MarshalText()
		js, err2 := t.MarshalJSON()
		bin, err3 := t.MarshalBinary()
		fmt.Printf("%s | %s %v | %s %v | %x %v\n", t, txt, err, js, err2, bin, err3)
		var back, back2, back3 time.Time
		fmt.Println("  text:", back.UnmarshalText(txt), back.Equal(t), back.Format(time.RFC3339Nano))
		fmt.Println("  json:", back2.UnmarshalJSON(js), back2.Equal(t))
		fmt.Println("  bin:", back3.UnmarshalBinary(bin), back3.Equal(t))
	}
	var t time.Time
	for _, s := range []string{"2023-13-01T00:00:00Z", "not a time", "2023-01-01", "2023-01-01T00:00:00+25:00"} {
		fmt.Println("UnmarshalText", s, ":", t.UnmarshalText([]byte(s)))
	}
	fmt.Println("UnmarshalJSON null:", t.UnmarshalJSON([]byte("null")), t.IsZero())
	fmt.Println("UnmarshalJSON bad:", t.UnmarshalJSON([]byte("2023")))
	fmt.Println("UnmarshalBinary empty:", t.UnmarshalBinary(nil))
	fmt.Println("UnmarshalBinary bad version:", t.UnmarshalBinary([]byte{9, 0}))
	_, err := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println("year 10000:", err)
	_, err = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println("year -1:", err)
}
