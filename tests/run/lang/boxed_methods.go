// Methods reached only through values boxed in interfaces: fmt calls the
// String of fields, elements and pointees, and a type assertion to an
// interface whose methods no code calls must still succeed.
package main

import (
	"errors"
	"fmt"
)

type Inner struct{ n int }

func (i Inner) String() string { return fmt.Sprintf("inner%d", i.n) }

type Outer struct {
	In  Inner
	P   *Inner
	S   []Inner
	M   map[string]Inner
	Arr [2]Inner
}

type Namer interface{ Name() string }

type A struct{}

func (A) Name() string { return "a" }

type B struct{}

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }
func (e *codeErr) Code() int     { return e.code }

type coder interface{ Code() int }

func main() {
	o := Outer{In: Inner{1}, P: &Inner{2}, S: []Inner{{3}}, M: map[string]Inner{"k": {4}}, Arr: [2]Inner{{5}, {6}}}
	fmt.Println(o)
	fmt.Printf("%v %+v\n", &o, o.S)
	for _, v := range []any{A{}, B{}, &A{}} {
		_, ok := v.(Namer)
		fmt.Println(ok)
	}
	err := fmt.Errorf("wrapped: %w", &codeErr{7})
	var c coder
	fmt.Println(errors.As(err, &c), c != nil)
	var e error = &codeErr{8}
	if c, ok := e.(coder); ok {
		fmt.Println("coder", c != nil)
	}
}
