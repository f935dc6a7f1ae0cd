// Run-time errors: generated code calls these functions when a check fails
// (bounds, nil dereference, division by zero, ...), as Go's compiler calls
// the functions of the same names in Go's runtime/panic.go. Each panics with
// the runtime error value Go uses, so messages and recover() match Go.

package runtime

var (
	divideError = error(errorString("integer divide by zero"))
	shiftError  = error(errorString("negative shift amount"))
	memoryError = error(errorString("invalid memory address or nil pointer dereference"))
)

func panicIndex(x int, y int)  { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsIndex}) }
func panicIndexU(x uint, y int) { panic(boundsError{x: int64(x), signed: false, y: y, code: boundsIndex}) }

func panicSliceAlen(x int, y int)  { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceAlen}) }
func panicSliceAlenU(x uint, y int) { panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceAlen}) }
func panicSliceAcap(x int, y int)  { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceAcap}) }
func panicSliceAcapU(x uint, y int) { panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceAcap}) }
func panicSliceB(x int, y int)     { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSliceB}) }
func panicSliceBU(x uint, y int)    { panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSliceB}) }

func panicSlice3Alen(x int, y int)  { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3Alen}) }
func panicSlice3AlenU(x uint, y int) { panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3Alen}) }
func panicSlice3Acap(x int, y int)  { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3Acap}) }
func panicSlice3AcapU(x uint, y int) { panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3Acap}) }
func panicSlice3B(x int, y int)     { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3B}) }
func panicSlice3BU(x uint, y int)    { panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3B}) }
func panicSlice3C(x int, y int)     { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsSlice3C}) }
func panicSlice3CU(x uint, y int)    { panic(boundsError{x: int64(x), signed: false, y: y, code: boundsSlice3C}) }

func panicSliceConvert(x int, y int) { panic(boundsError{x: int64(x), signed: true, y: y, code: boundsConvert}) }

func panicdivide() { panic(divideError) }
func panicshift()  { panic(shiftError) }
func panicmem()    { panic(memoryError) }

func panicmakeslicelen() { panic(errorString("makeslice: len out of range")) }
func panicmakeslicecap() { panic(errorString("makeslice: cap out of range")) }
func panicmakemaplen()   { panic(errorString("makemap: size out of range")) }
func panicmakechansize() { panic(plainError("makechan: size out of range")) }
func panicnilmap()       { panic(plainError("assignment to entry in nil map")) }
func panicgrowslice()    { panic(errorString("growslice: cap out of range")) }
func panicunhashable(typ string) {
	panic(errorString("hash of unhashable type " + typ))
}
func panicuncomparable(typ string) {
	panic(errorString("comparing uncomparable type " + typ))
}

// panicdottype reports a failed type assertion x.(T): have is the dynamic
// type (empty if x is nil), want the asserted type, iface the static type of
// x; missing names a method of want that have lacks, if want is an interface.
func panicdottype(have, havePath, want, wantPath, iface, missing string) {
	e := &TypeAssertionError{asserted: &_type{str: want, path: wantPath}, missingMethod: missing}
	if iface != "" {
		e._interface = &_type{str: iface}
	}
	if have != "" {
		e.concrete = &_type{str: have, path: havePath}
	}
	panic(e)
}


// panicwrap reports a value method M of T called through a nil *T: the
// wrapper found no T to copy.
func panicwrap(pkg, typ, meth string) {
	panic(plainError("value method " + pkg + "." + typ + "." + meth + " called using nil *" + typ + " pointer"))
}

// panicplain raises the runtime errors of channels ("send on closed
// channel") for the C++ runtime.
func panicplain(s string) {
	panic(plainError(s))
}
