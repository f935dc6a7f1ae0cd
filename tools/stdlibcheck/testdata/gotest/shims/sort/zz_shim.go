// zz_shim.go implements the natives (bodyless functions) of goji's sort with the real Go
// standard library, so the package can be tested under the Go toolchain.

package sort

import "reflect"

func sliceLen(x any) int { return reflect.ValueOf(x).Len() }

func sliceSwap(x any, i, j int) { reflect.Swapper(x)(i, j) }
