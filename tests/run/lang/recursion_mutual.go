package main

import "fmt"

type Expr interface{ Eval() int }
type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (n Num) Eval() int { return int(n) }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int { return m.L.Eval() * m.R.Eval() }

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func permute(prefix string, rest string, out *[]string) {
	if rest == "" {
		*out = append(*out, prefix)
		return
	}
	for i := 0; i < len(rest); i++ {
		permute(prefix+rest[i:i+1], rest[:i]+rest[i+1:], out)
	}
}

func main() {
	e := Add{Num(2), Mul{Num(3), Add{Num(4), Num(5)}}}
	fmt.Println(e.Eval())
	fmt.Println(isEven(1000), isOdd(777))
	var ps []string
	permute("", "abcd", &ps)
	fmt.Println(len(ps), ps[:6], ps[23])
}
