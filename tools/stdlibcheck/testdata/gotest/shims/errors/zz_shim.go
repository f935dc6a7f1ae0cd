// zz_shim.go implements the natives (bodyless functions) of goji's errors with the real Go
// standard library, so the package can be tested under the Go toolchain.

package errors

import "reflect"

func comparableType(v error) bool { return reflect.TypeOf(v).Comparable() }

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func checkAsTarget(target any) int {
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Ptr || val.IsNil() {
		return 1
	}
	t := typ.Elem()
	if t.Kind() != reflect.Interface && !t.Implements(errorType) {
		return 2
	}
	return 0
}

func assignTo(err error, target any) bool {
	val := reflect.ValueOf(target)
	if reflect.TypeOf(err).AssignableTo(val.Type().Elem()) {
		val.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}
