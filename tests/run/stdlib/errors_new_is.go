// errors.New identity, errors.Is on sentinels, wrapped chains, nil and comparable targets.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrA = errors.New("a")
var ErrB = errors.New("a")

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	fmt.Println(ErrA, ErrB, ErrA == ErrB, errors.Is(ErrA, ErrB), errors.Is(ErrA, ErrA))
	fmt.Printf("%q %v %T\n", errors.New("").Error(), errors.New("x"), errors.New("x"))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrA), errors.Is(ErrA, nil))
	w1 := fmt.Errorf("layer1: %w", ErrA)
	w2 := fmt.Errorf("layer2: %w", w1)
	w3 := fmt.Errorf("layer3: %v", w2)
	fmt.Println(w2)
	fmt.Println(errors.Is(w1, ErrA), errors.Is(w2, ErrA), errors.Is(w2, ErrB), errors.Is(w3, ErrA), errors.Is(w2, w1))
	fmt.Println(errors.Is(codeErr(3), codeErr(3)), errors.Is(codeErr(3), codeErr(4)), errors.Is(fmt.Errorf("x: %w", codeErr(7)), codeErr(7)))
	fmt.Println(errors.Is(fmt.Errorf("eof: %w", io.EOF), io.EOF), errors.Is(io.ErrUnexpectedEOF, io.EOF))
	_, err := os.Open("/nonexistent/file/for/goji")
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist), errors.Is(err, os.ErrPermission))
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == ErrA, errors.Unwrap(ErrA), errors.Unwrap(nil), errors.Unwrap(w3))
	var nilErr error
	fmt.Println(nilErr == nil, errors.Is(nilErr, nilErr))
	e := errors.New("same text")
	m := map[error]int{e: 1}
	m[errors.New("same text")] = 2
	fmt.Println(len(m), m[e])
}
