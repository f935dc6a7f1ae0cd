// value.go holds value, fmt's stand-in for reflect.Value, and the
// primitives, implemented by the runtime, that it is built on.
//
// Go's fmt prints and scans arbitrary values through package reflect, which
// goji does not have. This port of fmt keeps Go's code (print.go, scan.go,
// fmtsort.go) and replaces reflect.Value by value, a type with the methods of
// reflect.Value that fmt uses, under the same names (Kind, IsValid, Type,
// Len, Index, Field, Elem, Interface, CanInterface, Int, ..., MapRange,
// SetInt, ...), and reflect.Type by rtype (String, Kind, Elem, Bits, Field).
//
// value is written in Go over a small set of natives that read and write
// memory described by a rawValue: a type descriptor and an address. The
// natives know the runtime's type descriptors and memory layout; everything
// with a policy in it is Go:
//
//  1. CanInterface. reflect refuses to hand out, as an interface value, a
//     value reached through an unexported struct field (flagRO), so fmt
//     prints such values itself instead of calling their String, Error,
//     Format or GoString methods. value tracks this in ro: Field sets it
//     when the field's name is not exported (its first rune is not an
//     upper-case letter, as in go/token.IsExported), and every value
//     derived from a read-only value (Index, Field, Elem, map keys and
//     elements) stays read-only. The natives know nothing about it.
//
//  2. Interface-kind values. A value of kind Interface (a struct field,
//     array or slice element or map entry of interface type) is not
//     unwrapped by the natives; Elem gives the dynamic value, and
//     Interface returns the dynamic value as reflect does.
//
//  3. Map iteration. A map is seen as a number of slots, some empty
//     (rawMapSlots, rawMapKey, rawMapElem); MapRange walks the non-empty
//     ones. fmtsort.go collects and sorts the entries before printing, so
//     the runtime's iteration order never shows.
//
//  4. Scanning stores through values reached by Elem of a pointer
//     (the Set* methods); fmt only stores into values of the kind it has
//     checked.
//
// Complex numbers are not in goji's subset: the kind numbers Complex64 and
// Complex128 are kept so that the numbering is reflect's, but no value ever
// has them.

package fmt

import (
	"unicode"
	"unicode/utf8"
)

// A kind is reflect.Kind: the specific kind of type a value has. The
// numbering is reflect's, which the natives use too.
type kind int

const (
	kindInvalid kind = iota
	kindBool
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64  // not in goji's subset; never seen
	kindComplex128 // not in goji's subset; never seen
	kindArray
	kindChan
	kindFunc
	kindInterface
	kindMap
	kindPointer
	kindSlice
	kindString
	kindStruct
	kindUnsafePointer
)

// intSize is the size of int, uint and uintptr in bits.
const intSize = 32 << (^uint(0) >> 63)

// rawValue is a Go value in memory and its type descriptor.
//
// typ identifies the type: two rawValues have identical types exactly when
// their typ fields are equal, and typ orders types as reflect's *rtype
// addresses do (fmtsort orders interface-typed map keys by it). ptr is a
// real pointer, traced by the collector: a rawValue keeps the memory it
// describes alive for as long as it is reachable.
type rawValue struct {
	typ uintptr // the value's type descriptor (static data, never moves); 0: no value (invalid)
	ptr *byte   // the address of the value (may point into the middle of an object)
}

// The functions below are implemented by the runtime.
//
// Unless stated otherwise they are called only with a valid v (typ != 0)
// of a kind they are documented for. rawKind, rawTypeString,
// rawFieldName and rawElemKind read only v.typ: fmt also calls them with
// ptr == nil.
// Results that are rawValues point into the memory of v (a field, an
// element, a pointee) except where they are said to be copies.

// valueOf returns a's dynamic value: its type and the address of a copy of
// its data that stays valid (for pointer-shaped values held directly in the
// interface word, the runtime boxes the word). It returns the invalid
// rawValue (typ == 0) if a == nil.
func valueOf(a any) rawValue

// rawKind returns the kind of v's type, numbered as reflect.Kind
// (Invalid=0, Bool=1, ..., UnsafePointer=26); 0 if v is invalid.
func rawKind(v rawValue) int

// rawTypeString returns v's type exactly as reflect.Type.String() prints
// it (and so as %T does): "int", "main.T", "*main.T", "[]interface {}",
// "map[string]int", "struct { A int; b string }", "func(int) string",
// "chan<- int", "[3]uint8" (byte is uint8, rune is int32, any is
// interface {}).
func rawTypeString(v rawValue) string

// rawLen returns the length of v, of kind Array, Slice, String, Map (the
// number of entries; 0 for a nil map) or Chan (elements queued).
func rawLen(v rawValue) int

// rawCap returns the capacity of v, of kind Array, Slice or Chan.
func rawCap(v rawValue) int

// rawIndex returns element i (0 <= i < rawLen(v)) of v, of kind Array or
// Slice. For v of kind String it returns byte i as a value of type uint8
// (kind Uint8; it may point into the string's bytes, which are never
// written).
func rawIndex(v rawValue, i int) rawValue

// rawNumField returns the number of fields of v, of kind Struct.
func rawNumField(v rawValue) int

// rawField returns field i (0 <= i < rawNumField(v)) of v, of kind Struct,
// in declaration order, blank and unexported fields included. A field of
// interface type is returned as a value of kind Interface, not unwrapped.
func rawField(v rawValue, i int) rawValue

// rawFieldName returns the name of field i of v, of kind Struct, as
// reflect.StructField.Name gives it: for an embedded field, the name of its
// type without package qualifier or '*' ("T" for an embedded *pkg.T).
func rawFieldName(v rawValue, i int) string

// rawElem returns, for v of kind Pointer, the value v points to (invalid
// if v is nil); the result is addressable: the rawSet* functions may store
// into it. For v of kind Interface it returns the interface's dynamic
// value (invalid if v is a nil interface), which is only read.
func rawElem(v rawValue) rawValue

// rawInterface returns v as an interface value of v's own type, as
// reflect.Value.Interface does, but sharing v's memory where reflect copies
// an addressable value: fmt holds the result only while it calls the
// value's String, Error, Format or GoString method, and a method called
// through an interface receives a copy of the value. fmt never calls it on
// kind Interface (it uses rawElem instead).
func rawInterface(v rawValue) any

// rawInt returns the value of v, of kind Int, Int8, Int16, Int32 or Int64,
// sign-extended.
func rawInt(v rawValue) int64

// rawUint returns the value of v, of kind Uint, Uint8, Uint16, Uint32,
// Uint64 or Uintptr, zero-extended.
func rawUint(v rawValue) uint64

// rawFloat returns the value of v, of kind Float32 (converted exactly) or
// Float64.
func rawFloat(v rawValue) float64

// rawBool returns the value of v, of kind Bool.
func rawBool(v rawValue) bool

// rawString returns the value of v, of kind String.
func rawString(v rawValue) string

// rawPointer returns v's pointer as an integer, as reflect.Value.Pointer
// does: for kind Pointer, Map, Chan, Func and UnsafePointer the pointer
// itself (the code pointer for a Func), for kind Slice the address of the
// first element; 0 when v is nil.
func rawPointer(v rawValue) uintptr

// rawIsNil reports whether v, of kind Pointer, Map, Chan, Func, Interface
// or Slice, is nil.
func rawIsNil(v rawValue) bool

// rawMapSlots returns the number of entry slots of v, of kind Map: a
// number >= rawLen(v) such that every entry of the map is in exactly one
// slot 0 <= slot < rawMapSlots(v). It is 0 for a nil map.
func rawMapSlots(v rawValue) int

// rawMapKey returns a copy of the key in slot of v, of kind Map, or the
// invalid rawValue if the slot is empty or out of range (the map may have
// changed since rawMapSlots). The copy does not point into the map.
func rawMapKey(v rawValue, slot int) rawValue

// rawMapElem returns a copy of the element in slot of v, of kind Map, or
// the invalid rawValue if the slot is empty or out of range. The copy does
// not point into the map.
func rawMapElem(v rawValue, slot int) rawValue

// rawSetInt stores x, truncated to the size of v's type, into v, of kind
// Int, Int8, Int16, Int32 or Int64. v is addressable: it was obtained
// through rawElem of a pointer.
func rawSetInt(v rawValue, x int64)

// rawSetUint stores x, truncated to the size of v's type, into v, of kind
// Uint, Uint8, Uint16, Uint32, Uint64 or Uintptr; v is addressable.
func rawSetUint(v rawValue, x uint64)

// rawSetFloat stores x (rounded to float32 for kind Float32) into v, of
// kind Float32 or Float64; v is addressable.
func rawSetFloat(v rawValue, x float64)

// rawSetString stores s into v, of kind String; v is addressable.
func rawSetString(v rawValue, s string)

// rawSetBool stores b into v, of kind Bool; v is addressable.
func rawSetBool(v rawValue, b bool)

// rawSetBytes stores b (its slice header: b's array is shared) into v, of
// kind Slice whose element kind is Uint8 (v's type may be a named type
// such as []MyByte or type B []byte); v is addressable.
func rawSetBytes(v rawValue, b []byte)

// rawElemKind returns the kind of the element type of v's type, of kind
// Array, Slice, Pointer or Map (for a map, the element type, not the key
// type). It reads only v.typ, so it works on nil and empty values.
func rawElemKind(v rawValue) int

// A value is reflect.Value: a Go value of any type, read (and, for
// scanning, written) through the natives above.
type value struct {
	raw rawValue
	// ro is reflect's flagRO: v was reached through an unexported struct
	// field, so CanInterface is false. Values derived from v inherit it.
	ro bool
}

// newValue is reflect.ValueOf: a new value holding the dynamic value of
// a. newValue(nil) is the invalid value.
func newValue(a any) value {
	return value{raw: valueOf(a)}
}

// typeOf is reflect.TypeOf, but returns the zero rtype (not nil) for nil.
func typeOf(a any) rtype {
	return rtype{typ: valueOf(a).typ}
}

// IsValid reports whether v represents a value; it is false for the zero
// value.
func (v value) IsValid() bool { return v.raw.typ != 0 }

// Kind returns v's kind, kindInvalid if v is not valid.
func (v value) Kind() kind {
	if v.raw.typ == 0 {
		return kindInvalid
	}
	return kind(rawKind(v.raw))
}

// Type returns v's type. v must be valid.
func (v value) Type() rtype {
	if v.raw.typ == 0 {
		panic("reflect: call of reflect.Value.Type on zero Value")
	}
	return rtype{typ: v.raw.typ}
}

// CanInterface reports whether Interface can be used without panicking:
// whether v was not reached through an unexported struct field.
func (v value) CanInterface() bool { return !v.ro }

// Interface returns v's current value as an interface value, as reflect
// does: for v of kind Interface, the dynamic value it holds (nil if nil).
func (v value) Interface() any {
	if v.ro {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.Kind() == kindInterface {
		e := rawElem(v.raw)
		if e.typ == 0 {
			return nil
		}
		return rawInterface(e)
	}
	return rawInterface(v.raw)
}

// Len returns the length of v, of kind Array, Chan, Map, Slice or String.
func (v value) Len() int { return rawLen(v.raw) }

// Cap returns the capacity of v, of kind Array, Chan or Slice.
func (v value) Cap() int { return rawCap(v.raw) }

// Index returns v's i'th element, of kind Array, Slice or String.
func (v value) Index(i int) value {
	if i < 0 || i >= rawLen(v.raw) {
		panic("reflect: slice index out of range")
	}
	return value{rawIndex(v.raw, i), v.ro}
}

// NumField returns the number of fields of the struct v.
func (v value) NumField() int { return rawNumField(v.raw) }

// Field returns the i'th field of the struct v; it is read-only if v is or
// if the field is unexported.
func (v value) Field(i int) value {
	return value{rawField(v.raw, i), v.ro || !isExported(rawFieldName(v.raw, i))}
}

// Elem returns the value that the interface v contains or that the pointer
// v points to; the zero value if v is nil.
func (v value) Elem() value { return value{rawElem(v.raw), v.ro} }

// Int returns v's underlying value, of kind Int*.
func (v value) Int() int64 { return rawInt(v.raw) }

// Uint returns v's underlying value, of kind Uint* or Uintptr.
func (v value) Uint() uint64 { return rawUint(v.raw) }

// Float returns v's underlying value, of kind Float32 or Float64.
func (v value) Float() float64 { return rawFloat(v.raw) }

// Bool returns v's underlying value, of kind Bool.
func (v value) Bool() bool { return rawBool(v.raw) }

// String returns v's underlying value, of kind String.
func (v value) String() string { return rawString(v.raw) }

// Bytes returns v's underlying value, of kind Slice with a byte-kind
// element type; unlike reflect's, the result may be a copy.
func (v value) Bytes() []byte {
	if b, ok := rawInterface(v.raw).([]byte); ok {
		return b
	}
	b := make([]byte, v.Len())
	for i := range b {
		b[i] = byte(v.Index(i).Uint())
	}
	return b
}

// Pointer returns v's value as a uintptr, of kind Chan, Func, Map,
// Pointer, Slice or UnsafePointer.
func (v value) Pointer() uintptr { return rawPointer(v.raw) }

// IsNil reports whether v, of kind Chan, Func, Interface, Map, Pointer or
// Slice, is nil.
func (v value) IsNil() bool { return rawIsNil(v.raw) }

// MapRange returns an iterator over the map v; an iterator starts before
// the first entry, so Next must be called first.
func (v value) MapRange() *mapIter {
	return &mapIter{m: v, slot: -1, slots: rawMapSlots(v.raw)}
}

// A mapIter is reflect.MapIter: an iterator over a map's entries, in the
// runtime's slot order.
type mapIter struct {
	m     value
	slot  int // the current slot; -1 before the first call of Next
	slots int // the map's number of slots when the iteration started
	key   value
}

// Next advances the iterator and reports whether there is another entry.
func (it *mapIter) Next() bool {
	for it.slot+1 < it.slots {
		it.slot++
		if k := rawMapKey(it.m.raw, it.slot); k.typ != 0 {
			it.key = value{k, it.m.ro}
			return true
		}
	}
	return false
}

// Key returns the key of the iterator's current entry.
func (it *mapIter) Key() value { return it.key }

// Value returns the element of the iterator's current entry. It is
// invalid if the entry was deleted since Next.
func (it *mapIter) Value() value { return value{rawMapElem(it.m.raw, it.slot), it.m.ro} }

// mustBeSettable panics unless v may be stored into: reached through a
// pointer (fmt only stores into the Elem of a pointer argument) and not
// through an unexported field.
func (v value) mustBeSettable() {
	if v.ro || v.raw.typ == 0 {
		panic("reflect: store into an unsettable value")
	}
}

// SetInt sets v, of kind Int*, to x.
func (v value) SetInt(x int64) { v.mustBeSettable(); rawSetInt(v.raw, x) }

// SetUint sets v, of kind Uint* or Uintptr, to x.
func (v value) SetUint(x uint64) { v.mustBeSettable(); rawSetUint(v.raw, x) }

// SetFloat sets v, of kind Float32 or Float64, to x.
func (v value) SetFloat(x float64) { v.mustBeSettable(); rawSetFloat(v.raw, x) }

// SetString sets v, of kind String, to x.
func (v value) SetString(x string) { v.mustBeSettable(); rawSetString(v.raw, x) }

// SetBool sets v, of kind Bool, to x.
func (v value) SetBool(x bool) { v.mustBeSettable(); rawSetBool(v.raw, x) }

// SetBytes sets v, a slice of a byte-kind element type, to x.
func (v value) SetBytes(x []byte) { v.mustBeSettable(); rawSetBytes(v.raw, x) }

// An rtype is reflect.Type, reduced to what fmt asks of types.
type rtype struct {
	typ  uintptr // the type descriptor, as in rawValue; 0 for no type
	elem bool    // the element type of typ's type: only Kind may be asked
}

// String returns the type as Go syntax, as reflect.Type.String does.
func (t rtype) String() string {
	if t.elem {
		panic("fmt: String of an element type")
	}
	return rawTypeString(rawValue{typ: t.typ})
}

// Kind returns the specific kind of the type.
func (t rtype) Kind() kind {
	if t.elem {
		return kind(rawElemKind(rawValue{typ: t.typ}))
	}
	return kind(rawKind(rawValue{typ: t.typ}))
}

// Elem returns the element type of an array, map, pointer or slice type;
// only its Kind is available.
func (t rtype) Elem() rtype { return rtype{typ: t.typ, elem: true} }

// Bits returns the size of the type in bits, for a numeric kind.
func (t rtype) Bits() int {
	switch t.Kind() {
	case kindInt8, kindUint8:
		return 8
	case kindInt16, kindUint16:
		return 16
	case kindInt32, kindUint32, kindFloat32:
		return 32
	case kindInt64, kindUint64, kindFloat64:
		return 64
	case kindInt, kindUint, kindUintptr:
		return intSize
	}
	panic("reflect: Bits of non-arithmetic Type " + t.String())
}

// Field returns the i'th field of a struct type.
func (t rtype) Field(i int) structField {
	return structField{Name: rawFieldName(rawValue{typ: t.typ}, i)}
}

// A structField is reflect.StructField, reduced to the field's name.
type structField struct {
	Name string
}

// isExported reports whether name is an exported Go identifier: whether
// its first rune is an upper-case letter, as go/token.IsExported decides.
func isExported(name string) bool {
	ch, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(ch)
}
