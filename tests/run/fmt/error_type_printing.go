package main

import (
	"errors"
	"fmt"
)

type MyErr struct {
	Code int
}

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	e := errors.New("plain")
	fmt.Println(e)
	fmt.Printf("%v|%s|%q|%x\n", e, e, e, e)
	var me error = MyErr{42}
	fmt.Println(me)
	fmt.Printf("%v %+v %d\n", me, me, me)
	fmt.Println(MyErr{1})
	fmt.Println(Both{})
	fmt.Printf("%s\n", Both{})
	fmt.Println(e.Error(), me.Error())
	fmt.Println([]error{e, me, nil})
}
