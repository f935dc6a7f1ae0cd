package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	w := fmt.Errorf("layer1: %w", ErrBase)
	w2 := fmt.Errorf("layer2: %w", w)
	fmt.Println(w2)
	fmt.Println(errors.Unwrap(w2) == w, errors.Unwrap(w) == ErrBase)
	fmt.Println(errors.Is(w2, ErrBase), errors.Unwrap(ErrBase) == nil)
	n := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(n, errors.Is(n, ErrBase))
	fmt.Println(fmt.Errorf("num %d str %q", 5, "s"))
	fmt.Printf("%T\n", errors.New("x"))
}
