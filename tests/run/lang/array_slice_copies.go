// Slices of local arrays used only as the source or target of a copy
// (string(a[i:j]), append(x, a[i:j]...), copy) keep the array on the stack.
package main

import (
	"fmt"
	"strconv"
)

func digits(n int) string {
	var a [20]byte
	i := len(a)
	for {
		i--
		a[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(a[i:])
}

func appendDigits(dst []byte, n int) []byte {
	var a [20]byte
	i := len(a)
	for n > 0 {
		i--
		a[i] = byte('0' + n%10)
		n /= 10
	}
	return append(dst, a[i:]...)
}

type rec struct {
	name [8]byte
	n    int
}

func main() {
	fmt.Println(digits(0), digits(12345), digits(9876543210))
	var out []byte
	for i := 1; i < 2000; i *= 7 {
		out = appendDigits(out, i)
		out = append(out, ',')
	}
	fmt.Println(string(out))
	var r rec
	copy(r.name[:], "gopher!!extra")
	var buf [4]int
	copy(buf[1:], []int{7, 8, 9, 10})
	var w [3]int
	copy(w[:], buf[2:])
	fmt.Println(string(r.name[:5]), buf, w, strconv.Itoa(-42), strconv.FormatInt(1<<62, 36))
	defer func() { fmt.Println(recover()) }()
	var z [3]byte
	j := 5
	fmt.Println(string(z[1:j]))
}
