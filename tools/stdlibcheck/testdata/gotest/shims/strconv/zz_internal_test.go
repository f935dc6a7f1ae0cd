// zz_internal_test.go exports internals of goji's strconv to Go's own tests, as Go's export_test.go does.

package strconv

func SetOptimize(b bool) bool { return true }

func ParseFloatPrefix(s string, bitSize int) (float64, int, error) {
	return parseFloatPrefix(s, bitSize)
}
