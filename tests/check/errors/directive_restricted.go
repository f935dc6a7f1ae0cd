// errorcheck

package main

// Directives only the runtime, the standard library or cgo output may use,
// and malformed ones.

//go:nowritebarrier // ERROR "//go:nowritebarrier only allowed in runtime"
func f() {}

//go:uintptrkeepalive // ERROR "//go:uintptrkeepalive is only allowed in the standard library"
func g() {}

//go:cgo_ldflag "-lm"    // ERROR "only allowed in cgo-generated code" "usage: //go:cgo_ldflag"
//go:cgo_import_static x // ERROR "//go:cgo_import_static x // ERROR .* only allowed in cgo-generated code" "usage: //go:cgo_import_static local"

//go:linkname a b c d // ERROR "usage: //go:linkname localname \[linkname\]"

//go:embed "x // ERROR "invalid quoted string in //go:embed: .x" "usage: //go:embed pattern..."
var s string

func main() { _ = s }
