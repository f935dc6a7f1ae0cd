package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9999999))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(18446744073709551615, 10))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1234.5, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(-0.0, 'f', 1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'E', -1, 64), strconv.FormatFloat(100, 'G', 2, 64))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10))
	fmt.Println(string(strconv.AppendQuote(nil, "q")))
}
