// Custom Unwrap and Is methods, fmt.Errorf %w chains, multiple verbs, Unwrap on non-wrapping errors.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

type matchAll struct{}

func (matchAll) Error() string        { return "matches everything" }
func (matchAll) Is(target error) bool { return true }

type loop struct{ n int }

func (l *loop) Error() string { return fmt.Sprint("loop ", l.n) }
func (l *loop) Unwrap() error {
	if l.n == 0 {
		return nil
	}
	return &loop{l.n - 1}
}

func main() {
	e := &QueryErr{"select x", ErrNotFound}
	w := fmt.Errorf("db: %w", e)
	fmt.Println(w)
	fmt.Println(errors.Is(w, ErrNotFound), errors.Unwrap(errors.Unwrap(w)) == ErrNotFound)
	for err := error(w); err != nil; err = errors.Unwrap(err) {
		fmt.Printf("  %T: %v\n", err, err)
	}
	fmt.Println(errors.Is(matchAll{}, ErrNotFound), errors.Is(fmt.Errorf("%w", matchAll{}), errors.New("x")))
	fmt.Println(errors.Is(&loop{5}, ErrNotFound))
	var lp *loop
	fmt.Println(errors.As(&loop{3}, &lp), lp.n)
	f1 := fmt.Errorf("no wrap %v", ErrNotFound)
	fmt.Println(errors.Unwrap(f1) == nil, errors.Is(f1, ErrNotFound))
	f2 := fmt.Errorf("%w", nil)
	fmt.Println(f2, errors.Unwrap(f2) == nil)
	f3 := fmt.Errorf("bad %w", "string")
	fmt.Println(f3, errors.Unwrap(f3) == nil)
	f4 := fmt.Errorf("two %w %w", ErrNotFound, errors.New("second"))
	fmt.Println(f4, errors.Unwrap(f4) == nil)
	f5 := fmt.Errorf("pct %d%% %w", 50, ErrNotFound)
	fmt.Println(f5, errors.Unwrap(f5) == ErrNotFound)
	f6 := fmt.Errorf("%v and %w", 1, e)
	fmt.Printf("%v | %s | %q\n", f6, f6, f6)
	fmt.Printf("%T %T\n", f1, f5)
}
