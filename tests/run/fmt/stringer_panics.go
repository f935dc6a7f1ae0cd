package main

import "fmt"

type Bad int

func (b Bad) String() string {
	if b > 0 {
		panic("boom")
	}
	return "ok"
}

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Sprintf("err %d", 7)) }

func main() {
	fmt.Println(Bad(0))
	fmt.Println(Bad(1))
	fmt.Printf("[%s] [%d]\n", Bad(2), Bad(2))
	fmt.Println(BadErr{})
	fmt.Println("after")
}
