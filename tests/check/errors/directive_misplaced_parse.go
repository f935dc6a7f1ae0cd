// errorcheck

package main

// Directives the parser finds misplaced: not on a line of their own, or
// followed by something other than a declaration. Unknown directives are
// not checked.

type T int //go:noinline // ERROR "misplaced compiler directive"

//go:noinline // ERROR "misplaced compiler directive"
type (
	//go:notinheap
	T1 int
)

//go:foo
//go:generate echo hello
func f() {
	//go:noinline // ERROR "misplaced compiler directive"
	x := 1
	//go:embed x.txt // ERROR "misplaced go:embed directive"
	{
		_ = x /* */ //go:noinline // ERROR "misplaced compiler directive"
	}
	//go:foo
	_ = x
}

func main() {}

//go:noinline // ERROR "misplaced compiler directive"
