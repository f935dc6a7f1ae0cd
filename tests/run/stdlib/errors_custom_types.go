// Custom error types: value vs pointer receivers, nil pointer inside interface, comparisons, type switches.
package main

import (
	"errors"
	"fmt"
)

type ValE struct{ s string }

func (v ValE) Error() string { return "val:" + v.s }

type PtrE struct{ s string }

func (p *PtrE) Error() string {
	if p == nil {
		return "nil PtrE"
	}
	return "ptr:" + p.s
}

func mayFail(fail bool) error {
	var p *PtrE
	if fail {
		p = &PtrE{"failed"}
	}
	return p
}

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case ValE:
		return "ValE " + e.s
	case *PtrE:
		return "PtrE " + e.Error()
	default:
		return "other " + e.Error()
	}
}

func main() {
	fmt.Println(ValE{"a"} == ValE{"a"}, error(ValE{"a"}) == error(ValE{"a"}), error(ValE{"a"}) == error(ValE{"b"}))
	p1, p2 := &PtrE{"x"}, &PtrE{"x"}
	fmt.Println(error(p1) == error(p2), error(p1) == error(p1))
	err := mayFail(false)
	fmt.Println(err == nil, err, classify(err))
	fmt.Println(classify(mayFail(true)), classify(nil), classify(ValE{"v"}), classify(errors.New("plain")))
	fmt.Println(errors.Is(ValE{"a"}, ValE{"a"}), errors.Is(fmt.Errorf("w: %w", ValE{"a"}), ValE{"a"}), errors.Is(p1, p2))
	var target *PtrE
	fmt.Println(errors.As(mayFail(false), &target), target == nil)
	errs := []error{ValE{"1"}, &PtrE{"2"}, errors.New("3"), fmt.Errorf("4: %w", ValE{"5"})}
	for i, e := range errs {
		var v ValE
		fmt.Printf("%d %v %T as=%v %q\n", i, e, e, errors.As(e, &v), v.s)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	panic(ValE{"panicked"})
}
