// An uncaught panic from strconv.FormatInt with an invalid base: message and exit status 2.
// exit: 2
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 16))
	b := 1
	fmt.Println(strconv.FormatInt(255, b))
}
