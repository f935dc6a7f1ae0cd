package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", v.Field, v.Code)
}

var ErrSentinel = errors.New("sentinel")

func validate(n int) {
	if n < 0 {
		panic(&ValidationError{"n", n})
	}
	if n == 0 {
		panic(ErrSentinel)
	}
	if n > 100 {
		panic(fmt.Errorf("too big: %w", ErrSentinel))
	}
}

func check(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	validate(n)
	return nil
}

func main() {
	for _, n := range []int{5, -3, 0, 200} {
		err := check(n)
		var ve *ValidationError
		fmt.Println(n, err, errors.As(err, &ve), errors.Is(err, ErrSentinel))
		if ve != nil {
			fmt.Println("  field", ve.Field, ve.Code)
		}
	}
}
