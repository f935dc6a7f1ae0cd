package main

import (
	"errors"
	"fmt"
)

// exit: 2

func main() {
	base := errors.New("disk full")
	panic(fmt.Errorf("save failed: %w", base))
}
