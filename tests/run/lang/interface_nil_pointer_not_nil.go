package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func mayFailOK(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type T struct{}

func (t *T) Hello() string {
	if t == nil {
		return "nil receiver"
	}
	return "non-nil"
}

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e != nil)
	fmt.Println(mayFailOK(false) == nil)
	var p *MyErr
	var err error = p
	fmt.Println(err == nil, err == (*MyErr)(nil))
	fmt.Printf("%T %v\n", err, p == nil)
	var t *T
	var h interface{ Hello() string } = t
	fmt.Println(h != nil, h.Hello())
	var x interface{} = (*int)(nil)
	fmt.Println(x == nil, x)
	fmt.Println(errors.New("a") == errors.New("a"))
}
