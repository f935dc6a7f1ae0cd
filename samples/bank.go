// A bank-account simulation: accounts with methods, transfers that fail
// with wrapped errors, a ledger of transactions, and a statement sorted by
// balance.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
	ErrFrozen       = errors.New("account frozen")
)

// Cents avoids floating point for money.
type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	Frozen  bool
	history []string
}

func (a *Account) Withdraw(amount Cents) error {
	if a.Frozen {
		return fmt.Errorf("withdraw %v from %s: %w", amount, a.ID, ErrFrozen)
	}
	if amount > a.Balance {
		return fmt.Errorf("withdraw %v from %s (balance %v): %w", amount, a.ID, a.Balance, ErrInsufficient)
	}
	a.Balance -= amount
	a.history = append(a.history, "-"+amount.String())
	return nil
}

func (a *Account) Deposit(amount Cents) {
	a.Balance += amount
	a.history = append(a.history, "+"+amount.String())
}

type Bank struct {
	accounts map[string]*Account
	ledger   []string
}

func (b *Bank) Open(id, owner string, initial Cents) *Account {
	a := &Account{ID: id, Owner: owner}
	a.Deposit(initial)
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, amount Cents) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.ledger = append(b.ledger, fmt.Sprintf("%-6s %s -> %s %v", status, from, to, amount))
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrNoAccount)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst.Deposit(amount)
	return nil
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	bank.Open("A-1", "Ada", 100000)
	bank.Open("B-2", "Brian", 2550)
	c := bank.Open("C-3", "Chen", 0)

	transfers := []struct {
		from, to string
		amount   Cents
	}{
		{"A-1", "B-2", 12345},
		{"B-2", "C-3", 20000},
		{"B-2", "C-3", 99999},
		{"C-3", "A-1", 500},
		{"A-1", "Z-9", 1},
		{"C-3", "B-2", 1},
	}
	for i, t := range transfers {
		if i == 5 {
			c.Frozen = true
		}
		err := bank.Transfer(t.from, t.to, t.amount)
		switch {
		case err == nil:
			fmt.Printf("moved %v from %s to %s\n", t.amount, t.from, t.to)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("declined:", err)
		case errors.Is(err, ErrNoAccount), errors.Is(err, ErrFrozen):
			fmt.Println("refused:", err)
		}
	}

	fmt.Println("\nledger:")
	for _, l := range bank.ledger {
		fmt.Println(" ", l)
	}

	all := make([]*Account, 0, len(bank.accounts))
	var total Cents
	for _, a := range bank.accounts {
		all = append(all, a)
		total += a.Balance
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Balance > all[j].Balance })
	fmt.Println("\nstatement:")
	for _, a := range all {
		fmt.Printf("  %-4s %-6s %10v  frozen=%-5t %s\n", a.ID, a.Owner, a.Balance, a.Frozen, strings.Join(a.history, " "))
	}
	fmt.Printf("  total %v (conserved: %t)\n", total, total == 100000+2550)
	fmt.Printf("%+v\n", *all[len(all)-1])
}
