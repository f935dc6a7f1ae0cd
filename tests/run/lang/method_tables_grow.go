// Method tables are filled after code generation, and filling one can add
// the descriptors of more types. A program that reaches os.DirEntry's Type
// and sort's recoverable Swapper panic made the table list grow while an
// entry was in use, and goji emitted a call to another type's method.
package main

import (
	"fmt"
	"os"
	"sort"
)

func main() {
	d, _ := os.MkdirTemp("", "goji-tables")
	defer os.RemoveAll(d)
	os.WriteFile(d+"/f", nil, 0644)
	all, _ := os.ReadDir(d)
	names := []string{"b", "a"}
	sort.Strings(names)
	fmt.Println(all[0].Type(), names)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()
}
