// errorcheck

package main

type P struct{ X int }

func get() P  { return P{} }
func num() int { return 1 }

const K = 1

func main() {
	m := map[string]P{}
	m["a"].X = 1 // ERROR "cannot assign to struct field m\[\x22a\x22\]\.X in map"
	s := "str"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	K = 2 // ERROR "cannot assign to K \(untyped int constant 1\)"
	get().X = 3 // ERROR "cannot assign to get\(\)\.X \(value of type int\)"
	num() = 4 // ERROR "cannot assign to num\(\) \(value of type int\)"
	len(s) = 5 // ERROR "cannot assign to len\(s\) \(value of type int\)"
	P{}.X = 6 // ERROR "cannot assign to P\{\}\.X \(value of type int\)"
	"lit" = s // ERROR "cannot assign to \x22lit\x22 \(untyped string constant\)"
}
