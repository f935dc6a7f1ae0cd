// bytes.go holds indexByte, the one bytes-package helper bufio needs.

package bufio

// indexByte returns the index of the first instance of c in b, or -1 if c
// is not present in b.
func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}
