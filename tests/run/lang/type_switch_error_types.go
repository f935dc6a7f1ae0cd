package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct{ Secs int }

func (e *Timeout) Error() string { return fmt.Sprintf("timeout after %ds", e.Secs) }

func kind(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case NotFound:
		return "NotFound(" + e.Key + ")"
	case *Timeout:
		return "Timeout " + strconv.Itoa(e.Secs)
	case *strconv.NumError:
		return "NumError " + e.Func + " " + e.Num
	default:
		return "other: " + e.Error()
	}
}

func main() {
	_, perr := strconv.Atoi("x1")
	errs := []error{nil, NotFound{"k"}, &Timeout{3}, perr, errors.New("plain"), os.ErrNotExist}
	for _, e := range errs {
		fmt.Println(kind(e))
	}
	var t *Timeout
	var err error = t
	_, isT := err.(*Timeout)
	fmt.Println(err != nil, isT)
}
