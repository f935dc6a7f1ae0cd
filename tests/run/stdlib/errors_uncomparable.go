// errors.Is with uncomparable error types (no panic), and == on them panicking at run time.
package main

import (
	"errors"
	"fmt"
)

type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint("errs", []string(s)) }

type mapErr struct{ m map[string]int }

func (e mapErr) Error() string { return "maperr" }

type isSlice []int

func (isSlice) Error() string          { return "isSlice" }
func (isSlice) Is(target error) bool { return target.Error() == "isSlice" }

func main() {
	a, b := sliceErr{"x"}, sliceErr{"x"}
	fmt.Println(errors.Is(a, b), errors.Is(a, errors.New("x")), errors.Is(errors.New("x"), a))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", a), a))
	fmt.Println(errors.Is(mapErr{}, mapErr{}), errors.Is(isSlice{1}, isSlice{2}))
	var target sliceErr
	fmt.Println(errors.As(fmt.Errorf("w: %w", a), &target), target)
	defer func() { fmt.Println("recovered:", recover()) }()
	var e1, e2 error = a, b
	fmt.Println(e1 == e2)
}
