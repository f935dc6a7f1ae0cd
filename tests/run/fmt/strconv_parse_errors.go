package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	i8, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(i8, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	h, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(h, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("2.5e-3", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	_, err = strconv.Atoi("")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
}
