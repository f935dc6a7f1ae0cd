// errorcheck

//go:nosplit // ERROR "misplaced compiler directive"

// Directives on declarations that do not take them, reported once type
// checking succeeded: only functions take //go:noinline, only defined types
// //go:notinheap.

package main

//go:noinline // ERROR "misplaced compiler directive"
var x int

//go:notinheap // ERROR "misplaced compiler directive"
type A = int

type (
	//go:notinheap
	T1 int
	//go:nosplit // ERROR "misplaced compiler directive"
	T2 int
)

//go:noinline
//go:nosplit
//go:norace
//go:nocheckptr
func f() {
	//go:noinline // ERROR "misplaced compiler directive"
	const c = 1
	//go:notinheap
	type L int
	//go:noescape // ERROR "misplaced compiler directive"
	var y L
	_, _ = y, x
}

//go:noescape
func g() {} // ERROR "can only use //go:noescape with external func implementations"

//go:embed main.go // ERROR "misplaced go:embed directive"
func main() {}
