package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func find(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func typedNil() error {
	var p *MyErr
	return p
}

func main() {
	fmt.Println(find(false))
	fmt.Println(find(true))
	err := typedNil()
	fmt.Println(err == nil)
	fmt.Printf("%v\n", err)
	fmt.Printf("%T\n", err)
	var e error
	fmt.Printf("[%v] [%s] [%d]\n", e, e, e)
}
