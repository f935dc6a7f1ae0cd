// strconv.NumError: fields, Error text, Unwrap, errors.Is/As with ErrRange and ErrSyntax.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err1 := strconv.Atoi("12x")
	_, err2 := strconv.ParseInt("300", 10, 8)
	_, err3 := strconv.ParseUint("1", 99, 64)
	_, err4 := strconv.ParseFloat("1e999", 64)
	_, err5 := strconv.ParseBool("maybe")
	_, err6 := strconv.ParseInt("1", 10, 99)
	for i, err := range []error{err1, err2, err3, err4, err5, err6} {
		var ne *strconv.NumError
		ok := errors.As(err, &ne)
		fmt.Printf("%d: %v\n", i, err)
		if ok {
			fmt.Printf("   Func=%q Num=%q Err=%v unwrap=%v\n", ne.Func, ne.Num, ne.Err, errors.Unwrap(err) == ne.Err)
		}
		fmt.Printf("   range=%v syntax=%v\n", errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	}
	e := &strconv.NumError{Func: "MyFunc", Num: "in\"put", Err: errors.New("custom")}
	fmt.Println(e.Error())
	fmt.Println(strconv.ErrRange, "|", strconv.ErrSyntax)
	wrapped := fmt.Errorf("wrapped: %w", err2)
	fmt.Println(wrapped, errors.Is(wrapped, strconv.ErrRange))
	fmt.Println(strconv.IntSize)
}
