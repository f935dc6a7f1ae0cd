// exit: 2
package main

import "fmt"

type T struct{ n int }

func (t *T) Get() int { return t.n }

func main() {
	var t *T
	fmt.Println(t.Get())
}
