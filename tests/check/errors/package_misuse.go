// errorcheck

package main

import (
	"fmt"
	"strings"
)

func main() {
	x := fmt // ERROR "use of package fmt not in selector"
	// Go 1.19 reports two errors for assigning to an imported func.
	strings.ToUpper = nil // ERROR "use of package strings not in selector" "cannot assign to strings\.ToUpper \(value of type func\(s string\) string\)"
	_ = strings.builder{} // ERROR "undefined: strings\.builder"
	_ = strings.Builder.missing // ERROR "strings\.Builder\.missing undefined \(type strings\.Builder has no field or method missing\)"
	_ = fmt.Stringer(1) // ERROR "cannot convert 1 \(untyped int constant\) to type fmt\.Stringer"
	var s fmt.Stringer = 1 // ERROR "cannot use 1 \(constant of type int\) as type fmt\.Stringer in variable declaration:\n\tint does not implement fmt\.Stringer \(missing String method\)"
	_, _ = x, s
}
