// errorcheck

package main

type T struct{}

func main() {
	x := 1
	var t T
	var p *T
	s := []interface{}{1}
	_ = x.(int) // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	_ = t.(T) // ERROR "invalid operation: t \(variable of type T\) is not an interface"
	_, _ = p.(*T) // ERROR "invalid operation: p \(variable of type \*T\) is not an interface"
	_ = s.([]int) // ERROR "invalid operation: s \(variable of type \[\]interface\{\}\) is not an interface"
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	_ = s[0].(int) // ok: element is an interface
}
