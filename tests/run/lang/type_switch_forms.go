package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S%d", s.n) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case *S:
		return "ptr S"
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", []int{1, 2}, errors.New("boom"), S{3}, &S{4}, func() int { return 7 }, 1.5, int8(1), map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error iface")
	}
	switch v := interface{}(42).(type) {
	case bool, int:
		fmt.Printf("%T %v\n", v, v)
	}
}
