// zz_shim.go implements the natives (bodyless functions) of goji's strconv with the real Go
// standard library, so the package can be tested under the Go toolchain.

package strconv

import (
	"errors"
	realstrconv "strconv"
)

func atofKernel(s string, bitSize int) (float64, bool) {
	f, err := realstrconv.ParseFloat(s, bitSize)
	if err != nil {
		if errors.Is(err, realstrconv.ErrRange) {
			if f == 0 {
				return f, false
			}
			return f, true
		}
		panic("atofKernel: " + err.Error())
	}
	return f, false
}

func ftoaKernel(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	return realstrconv.AppendFloat(dst, val, fmt, prec, bitSize)
}
