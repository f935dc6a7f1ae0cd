// errors.As with pointer and value error types, interface targets, wrapped chains, and panics on bad targets.
package main

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type ValErr struct{ Msg string }

func (e ValErr) Error() string { return "valerr: " + e.Msg }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	err := fmt.Errorf("ctx: %w", fmt.Errorf("inner: %w", &MyErr{42}))
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code, me)
	var ve ValErr
	fmt.Println(errors.As(err, &ve), ve.Msg == "")
	err2 := fmt.Errorf("wrap: %w", ValErr{"boom"})
	fmt.Println(errors.As(err2, &ve), ve.Msg, errors.As(err2, &me))
	var vp *ValErr
	fmt.Println(errors.As(err2, &vp), vp == nil)
	var tmp Temporary
	fmt.Println(errors.As(fmt.Errorf("x: %w", tempErr{}), &tmp), tmp != nil && tmp.Temporary())
	var anyErr error
	fmt.Println(errors.As(err2, &anyErr), anyErr)
	var pe *os.PathError
	_, oerr := os.ReadFile("/no/such/dir/x.txt")
	fmt.Println(errors.As(fmt.Errorf("read: %w", oerr), &pe), pe.Op, pe.Path, pe.Err)
	fmt.Println(errors.As(nil, &me))
	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() { errors.As(err, me) })
	try("not error iface", func() {
		var s fmt.Stringer
		errors.As(err, &s)
	})
	try("int target", func() {
		var i int
		fmt.Println(errors.As(err, &i))
	})
	try("nil ptr", func() {
		var p **MyErr
		errors.As(err, p)
	})
}
