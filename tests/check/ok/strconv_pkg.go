package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("abc")
	fmt.Println(err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, errors.Is(err, strconv.ErrSyntax))
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	u, _ := strconv.ParseUint("42", 10, 32)
	fmt.Println(u)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f * 2)
	b, _ := strconv.ParseBool("true")
	fmt.Println(b, strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Println(s, err)
	fmt.Println(strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	buf := strconv.AppendInt([]byte("n="), 7, 10)
	fmt.Println(string(buf))
}
