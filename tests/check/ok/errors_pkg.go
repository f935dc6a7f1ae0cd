package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

type temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

func lookup(k string) error {
	switch k {
	case "missing":
		return fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	case "bad":
		return fmt.Errorf("wrapped: %w", &ValidationError{Field: "k"})
	case "net":
		return netErr{}
	}
	return nil
}

func main() {
	err := lookup("missing")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	fmt.Println(errors.Unwrap(err) == ErrNotFound)

	err = lookup("bad")
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("validation error on", ve.Field)
	}
	err = lookup("net")
	var tmp temporary
	fmt.Println(errors.As(err, &tmp), tmp.Temporary())
	fmt.Println(lookup("ok") == nil)

	_, err = os.Open("/definitely/not/here")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
}
