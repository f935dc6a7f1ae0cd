package main

import (
	"errors"
	"fmt"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Account struct {
	Owner   string
	Balance Money
}

func (a *Account) String() string { return a.Owner + ": " + a.Balance.String() }

type InsufficientFunds struct {
	Need, Have Money
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %v, have %v", e.Need, e.Have)
}

func (a *Account) Withdraw(m Money) error {
	if m > a.Balance {
		return InsufficientFunds{m, a.Balance}
	}
	a.Balance -= m
	return nil
}

func main() {
	acc := &Account{"ann", 12345}
	fmt.Println(acc)
	fmt.Println(*acc) // value does not have the pointer String method
	fmt.Printf("%v %s %d\n", acc.Balance, acc.Balance, acc.Balance)
	err := acc.Withdraw(100000)
	fmt.Println(err)
	var ife InsufficientFunds
	fmt.Println(errors.As(err, &ife), ife.Need)
	fmt.Println(acc.Withdraw(345), acc)
	var s fmt.Stringer = acc
	fmt.Println(s.String())
	ms := []Money{1, 250}
	fmt.Println(ms)
}
