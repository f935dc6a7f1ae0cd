// bytes.go holds indexByte, the one bytes-package helper bufio needs.

package bufio

// indexByte is implemented by the runtime (memchr, as Go's assembly).

// indexByte returns the index of the first instance of c in b, or -1 if c
// is not present in b.
func indexByte(b []byte, c byte) int
