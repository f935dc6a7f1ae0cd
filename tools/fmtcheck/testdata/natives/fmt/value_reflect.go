// value_reflect.go implements the natives of goji's fmt (the bodyless
// functions of stdlib/fmt/value.go) with package reflect, so that the port
// can run under the Go toolchain. fmtcheck copies it into the generated
// port package next to the stdlib files.
//
// A rawValue is represented as goji's runtime represents it: typ is the
// address of the type's *rtype (so type identity and the order of type
// descriptors are the real runtime's), ptr the address of the value.
// Every value is made addressable (valueOf, map entries and interface
// contents are copied into fresh storage), so get can rebuild a
// reflect.Value from (typ, ptr) with reflect.NewAt. Such values are never
// read-only, as the runtime's natives know nothing of exported fields: the
// port tracks that itself.
//
// Map slots: rawMapSlots takes a snapshot of the map's entries and lays
// them out with an empty slot before each entry and one at the end, so the
// port's skipping of empty slots is exercised.

package fmt

import (
	"reflect"
	"sync"
	"unsafe"
)

var (
	typesMu sync.Mutex
	types   = map[uintptr]reflect.Type{}
)

// typeID returns the descriptor of t: the address of its *rtype.
func typeID(t reflect.Type) uintptr {
	id := reflect.ValueOf(t).Pointer()
	typesMu.Lock()
	types[id] = t
	typesMu.Unlock()
	return id
}

func typeFor(id uintptr) reflect.Type {
	typesMu.Lock()
	t, ok := types[id]
	typesMu.Unlock()
	if !ok {
		panic("fmtcheck: unknown type descriptor")
	}
	return t
}

// get rebuilds the reflect.Value that v describes (addressable, not
// read-only).
func get(v rawValue) reflect.Value {
	if v.typ == 0 {
		panic("fmtcheck: native called on an invalid rawValue")
	}
	return reflect.NewAt(typeFor(v.typ), unsafe.Pointer(v.ptr)).Elem()
}

// raw describes the addressable value rv in place.
func raw(rv reflect.Value) rawValue {
	return rawValue{typeID(rv.Type()), (*byte)(unsafe.Pointer(rv.UnsafeAddr()))}
}

// boxed describes a fresh copy of rv.
func boxed(rv reflect.Value) rawValue {
	p := reflect.New(rv.Type())
	p.Elem().Set(rv)
	return rawValue{typeID(rv.Type()), (*byte)(p.UnsafePointer())}
}

func valueOf(a any) rawValue {
	if a == nil {
		return rawValue{}
	}
	return boxed(reflect.ValueOf(a))
}

func rawKind(v rawValue) int {
	if v.typ == 0 {
		return 0
	}
	return int(typeFor(v.typ).Kind())
}

func rawTypeString(v rawValue) string { return typeFor(v.typ).String() }
func rawLen(v rawValue) int           { return get(v).Len() }
func rawCap(v rawValue) int           { return get(v).Cap() }

func rawIndex(v rawValue, i int) rawValue {
	rv := get(v)
	if rv.Kind() == reflect.String {
		b := new(uint8)
		*b = rv.String()[i]
		return raw(reflect.ValueOf(b).Elem())
	}
	return raw(rv.Index(i))
}

func rawNumField(v rawValue) int             { return get(v).NumField() }
func rawField(v rawValue, i int) rawValue    { return raw(get(v).Field(i)) }
func rawFieldName(v rawValue, i int) string  { return typeFor(v.typ).Field(i).Name }
func rawInterface(v rawValue) any            { return get(v).Interface() }
func rawInt(v rawValue) int64                { return get(v).Int() }
func rawUint(v rawValue) uint64              { return get(v).Uint() }
func rawFloat(v rawValue) float64            { return get(v).Float() }
func rawBool(v rawValue) bool                { return get(v).Bool() }
func rawString(v rawValue) string            { return get(v).String() }
func rawPointer(v rawValue) uintptr          { return get(v).Pointer() }
func rawIsNil(v rawValue) bool               { return get(v).IsNil() }
func rawSetInt(v rawValue, x int64)          { get(v).SetInt(x) }
func rawSetUint(v rawValue, x uint64)        { get(v).SetUint(x) }
func rawSetFloat(v rawValue, x float64)      { get(v).SetFloat(x) }
func rawSetString(v rawValue, s string)      { get(v).SetString(s) }
func rawSetBool(v rawValue, b bool)          { get(v).SetBool(b) }
func rawSetBytes(v rawValue, b []byte)       { get(v).SetBytes(b) }
func rawElemKind(v rawValue) int             { return int(typeFor(v.typ).Elem().Kind()) }

func rawElem(v rawValue) rawValue {
	rv := get(v)
	switch rv.Kind() {
	case reflect.Pointer:
		if rv.IsNil() {
			return rawValue{}
		}
		return raw(rv.Elem())
	case reflect.Interface:
		if rv.IsNil() {
			return rawValue{}
		}
		return boxed(rv.Elem())
	}
	panic("fmtcheck: rawElem of " + rv.Kind().String())
}

// mapSnapshot is the slot layout of a map, taken by rawMapSlots.
type mapSnapshot struct {
	keys, elems []reflect.Value // invalid at empty slots
}

var (
	mapsMu sync.Mutex
	maps   = map[uintptr]*mapSnapshot{}
)

func rawMapSlots(v rawValue) int {
	rv := get(v)
	if rv.IsNil() {
		return 0
	}
	s := &mapSnapshot{}
	it := rv.MapRange()
	for it.Next() {
		s.keys = append(s.keys, reflect.Value{}, it.Key())
		s.elems = append(s.elems, reflect.Value{}, it.Value())
	}
	s.keys = append(s.keys, reflect.Value{})
	s.elems = append(s.elems, reflect.Value{})
	mapsMu.Lock()
	maps[rv.Pointer()] = s
	mapsMu.Unlock()
	return len(s.keys)
}

func mapSlot(v rawValue, slot int, elem bool) rawValue {
	mapsMu.Lock()
	s := maps[get(v).Pointer()]
	mapsMu.Unlock()
	if s == nil || slot < 0 || slot >= len(s.keys) || !s.keys[slot].IsValid() {
		return rawValue{}
	}
	if elem {
		return boxed(s.elems[slot])
	}
	return boxed(s.keys[slot])
}

func rawMapKey(v rawValue, slot int) rawValue  { return mapSlot(v, slot, false) }
func rawMapElem(v rawValue, slot int) rawValue { return mapSlot(v, slot, true) }
