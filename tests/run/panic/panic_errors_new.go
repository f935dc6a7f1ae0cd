package main

import (
	"errors"
	"fmt"
)

// exit: 2

func main() {
	err := errors.New("file not found")
	fmt.Println("got:", err)
	panic(err)
}
