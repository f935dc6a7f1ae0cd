// errorcheck

package main

// //go:embed needs an import of "embed"; without it Go reports the directive
// once type checking succeeded.

//go:embed hello.txt // ERROR "go:embed only allowed in Go files that import \x22embed\x22"
var s string

func main() { _ = s }
