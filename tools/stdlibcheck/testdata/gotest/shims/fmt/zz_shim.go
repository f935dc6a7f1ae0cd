// zz_shim.go implements the natives (bodyless functions) of goji's fmt with the real Go
// standard library, so the package can be tested under the Go toolchain.

package fmt

import (
	"errors"
	realfmt "fmt"
	"reflect"
)

func appendPrintf(buf []byte, format string, a []any, wrapErrs bool) ([]byte, error) {
	if wrapErrs {
		err := realfmt.Errorf(format, a...)
		return append(buf, err.Error()...), errors.Unwrap(err)
	}
	return realfmt.Appendf(buf, format, a...), nil
}
func appendPrint(buf []byte, a []any) []byte   { return realfmt.Append(buf, a...) }
func appendPrintln(buf []byte, a []any) []byte { return realfmt.Appendln(buf, a...) }

func scanTarget(arg any) (kind int, bits int, typ string) {
	v := reflect.ValueOf(arg)
	typ = v.Type().String()
	if v.Kind() != reflect.Pointer {
		return targetNotPointer, 0, typ
	}
	e := v.Type().Elem()
	switch e.Kind() {
	case reflect.Bool:
		return targetBool, 0, typ
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return targetInt, e.Bits(), typ
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return targetUint, e.Bits(), typ
	case reflect.String:
		return targetString, 0, typ
	case reflect.Slice:
		if e.Elem().Kind() == reflect.Uint8 {
			return targetBytes, 0, typ
		}
	case reflect.Float32, reflect.Float64:
		return targetFloat, e.Bits(), typ
	}
	return targetOther, 0, typ
}

func storeValue(arg any, v any) {
	p := reflect.ValueOf(arg).Elem()
	switch x := v.(type) {
	case bool:
		p.SetBool(x)
	case int64:
		p.SetInt(x)
	case uint64:
		p.SetUint(x)
	case string:
		p.SetString(x)
	case float64:
		p.SetFloat(x)
	case []byte:
		p.Set(reflect.ValueOf(x).Convert(p.Type()))
	}
}
