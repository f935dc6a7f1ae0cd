// A method promoted from an embedded field, called on a nil pointer to the
// outer struct: selecting the field dereferences nil, whether the call goes
// through an interface, is direct, or binds a method value; fmt prints such
// a nil Stringer as <nil>.
package main

import "fmt"

type T struct{ n int }

func (t *T) PGet() int    { return 1 }
func (t T) Get() int      { return t.n }
func (t T) String() string { return "T" }

type Outer struct {
	m int
	T
}

type POuter struct {
	m int
	*T
}

type Deep struct{ Outer }

// NilOK's Get handles a nil receiver, and Zero embeds it at offset 0, so
// &z.NilOK of a nil z is nil again: the selection must still panic.
type NilOK struct{ n int }

func (t *NilOK) NGet() int {
	if t == nil {
		return -1
	}
	return t.n
}

type Zero struct {
	NilOK
	m int
}

type NGetter interface{ NGet() int }

// Method M promoted from an embedded interface field.
type WithIface struct {
	x int
	PGetter
}

type PGetter interface{ PGet() int }
type Getter interface{ Get() int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var op *Outer
	var pp *POuter
	var dp *Deep
	try("iface *Outer PGet", func() { PGetter(op).PGet() })
	try("iface *POuter PGet", func() { PGetter(pp).PGet() })
	try("iface *Outer Get", func() { Getter(op).Get() })
	try("iface *Deep Get", func() { Getter(dp).Get() })
	try("iface *POuter Get", func() { Getter(pp).Get() })
	try("iface POuter{} Get", func() { Getter(POuter{}).Get() })
	try("iface *Zero NGet", func() { fmt.Println(NGetter((*Zero)(nil)).NGet()) })
	try("iface *WithIface PGet", func() { fmt.Println(PGetter((*WithIface)(nil)).PGet()) })
	try("direct *Outer Get", func() { op.Get() })
	try("direct *Outer PGet", func() { op.PGet() })
	try("method value *Outer Get", func() { f := op.Get; fmt.Println("bound"); f() })
	try("Stringer *Outer", func() { fmt.Println(fmt.Stringer(op).String()) })
	fmt.Println(op, dp)
	fmt.Printf("%v %s %d\n", op, dp, op)
	o := &Outer{T: T{7}}
	fmt.Println(Getter(o).Get(), PGetter(o).PGet(), o, Getter(&Deep{*o}).Get())
}
