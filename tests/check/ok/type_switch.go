package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		// x has the type of v here: interface{}
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice sum %d", sum(x))
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case Animal:
		return "animal says " + x.Sound()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "hey", []int{1, 2, 3},
		errors.New("bad"), func() int { return 7 }, Dog{}, &Cat{"tom"}, 3.5, Cat{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var a Animal = &Cat{}
	switch a.(type) {
	case Dog:
		fmt.Println("dog")
	case *Cat:
		fmt.Println("cat ptr")
	}
	switch t := a.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", t)
	default:
		fmt.Println("not a stringer")
	}
	switch i := interface{}(42); v := i.(type) {
	case int:
		fmt.Println(v + 1)
	}
}
