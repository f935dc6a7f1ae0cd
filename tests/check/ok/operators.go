package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b)
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Println(a<<2, a>>1, -a>>1)
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	t, f := true, false
	fmt.Println(t && f, t || f, !t)
	// Precedence: * binds tighter than +, && tighter than ||.
	fmt.Println(2+3*4, (2+3)*4, 1<<2+1, 7&3|4, f || t && f)
	// Unary operators.
	x := 5
	fmt.Println(+x, -x, ^x, ^uint8(5))
	// Integer overflow wraps at runtime.
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8)
	var m int32 = -2147483648
	fmt.Println(m/-1, -m)
	// Floating point.
	fx, fy := 7.0, 2.0
	fmt.Println(fx/fy, -fx, fx*fy-fy)
	// String concatenation and comparison.
	s := "ab"
	s += "c"
	fmt.Println(s+"d", s < "abd", s == "abc", "Z" < "a")
	// Assignment operators.
	n := 10
	n += 5
	n -= 3
	n *= 2
	n /= 4
	n %= 4
	n <<= 3
	n >>= 1
	n |= 1
	n &= 7
	n ^= 2
	n &^= 1
	fmt.Println(n)
	// Short-circuit evaluation.
	calls := 0
	check := func(v bool) bool { calls++; return v }
	_ = check(false) && check(true)
	_ = check(true) || check(true)
	fmt.Println(calls)
}
