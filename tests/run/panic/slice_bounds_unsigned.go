// Slice bounds given by unsigned indices are reported as unsigned, with the
// length or capacity they exceed, as Go's ...U bounds panics do.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	arr := [3]int{}
	var big uint64 = 1<<64 - 1
	var half uint = 1 << 63
	var u8 uint8 = 200
	var i int = -1
	try("s[:big]", func() { _ = s[:big] })
	try("s[half:]", func() { _ = s[half:] })
	try("s[u8:]", func() { _ = s[u8:] })
	try("s[:u8]", func() { _ = s[:u8] })
	try("s[1:big:2]", func() { _ = s[1:big:2] })
	try("s[::big]", func() { _ = s[0:1:big] })
	try("s[half:1:2]", func() { _ = s[half:1:2] })
	try("str[:big]", func() { _ = str[:big] })
	try("str[half:]", func() { _ = str[half:] })
	try("arr[:big]", func() { _ = arr[:big] })
	try("(&arr)[half:]", func() { p := &arr; _ = p[half:] })
	try("s[:i]", func() { _ = s[:i] })
	try("s[i:]", func() { _ = s[i:] })
	try("s[big]", func() { _ = s[big] })
}
