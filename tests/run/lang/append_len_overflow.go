// Appending to a slice whose length would overflow int panics, for
// zero-size elements too.
package main

import "fmt"

type T struct{}

const maxInt = int(^uint(0) >> 1)

func main() {
	s := make([]T, maxInt)
	func() {
		defer func() { fmt.Println(recover()) }()
		s = append(s, T{})
	}()
	one := make([]T, 1)
	func() {
		defer func() { fmt.Println(recover()) }()
		s = append(s, one...)
	}()
	fmt.Println(len(s) == maxInt)
}
