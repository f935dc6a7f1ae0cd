// errorcheck

package main

type I interface {
	M()
}

type K interface {
	M()
	M(int) // ERROR "duplicate method M"
}

type T struct{}

func main() {
	var i I
	i.N() // ERROR "i\.N undefined \(type I has no field or method N\)"
	i.M(1) // ERROR "too many arguments in call to i\.M\n\thave \(number\)\n\twant \(\)"
	_ = i.field // ERROR "i\.field undefined \(type I has no field or method field\)"
	var e interface{}
	e.M() // ERROR "e\.M undefined \(type interface\{\} has no field or method M\)"
}
