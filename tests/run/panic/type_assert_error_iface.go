package main

import (
	"errors"
	"fmt"
)

// exit: 2

type MyErr struct{}

func (*MyErr) Error() string { return "mine" }

func main() {
	var e error = errors.New("plain")
	if _, ok := e.(*MyErr); !ok {
		fmt.Println("not MyErr")
	}
	me := e.(*MyErr)
	fmt.Println(me)
}
