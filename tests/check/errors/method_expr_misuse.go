// errorcheck

package main

type T struct{}

func (t *T) PtrM() {}
func (t T) ValM()  {}

type I interface{ M() }

func main() {
	_ = T.PtrM // ERROR "cannot call pointer method PtrM on T"
	_ = T.Missing // ERROR "T\.Missing undefined \(type T has no field or method Missing\)"
	_ = (*T).Missing // ERROR "\(\*T\)\.Missing undefined \(type \*T has no field or method Missing\)"
	var t T
	T.ValM() // ERROR "not enough arguments in call to T\.ValM\n\thave \(\)\n\twant \(T\)"
	T.ValM(t, 1) // ERROR "too many arguments in call to T\.ValM\n\thave \(T, number\)\n\twant \(T\)"
	(*T).PtrM(t) // ERROR "cannot use t \(variable of type T\) as type \*T in argument to \(\*T\)\.PtrM"
	_ = I.N // ERROR "I\.N undefined \(type I has no field or method N\)"
	f := (*T).ValM
	f(&t)
}
