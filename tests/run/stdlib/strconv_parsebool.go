// strconv.ParseBool accepted spellings and errors; FormatBool and AppendBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False",
		"", "yes", "tRUE", "truE", " true", "2", "on", "FaLsE", "\x00"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Printf("%q\n", strconv.AppendBool(strconv.AppendBool([]byte("x:"), true), false))
}
