package main

import "fmt"

type Account struct {
	deposit func(int)
	balance func() int
}

func newAccount(initial int) Account {
	bal := initial
	return Account{
		deposit: func(n int) { bal += n },
		balance: func() int { return bal },
	}
}

func main() {
	a := newAccount(10)
	b := newAccount(100)
	a.deposit(5)
	b.deposit(-50)
	a.deposit(1)
	fmt.Println(a.balance(), b.balance())
	counters := make([]func() int, 3)
	for i := range counters {
		c := i * 100
		counters[i] = func() int { c++; return c }
	}
	fmt.Println(counters[0](), counters[0](), counters[2](), counters[1]())
	x := 0
	incs := []func(){}
	for j := 0; j < 3; j++ {
		incs = append(incs, func() { x += j })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(x)
}
