package main

import "fmt"

// exit: 2

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

func validate() error {
	return &ValidationError{"name", 17}
}

func main() {
	if err := validate(); err != nil {
		panic(err)
	}
}
