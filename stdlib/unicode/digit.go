// digit.go holds IsDigit.
//
// Ported from Go 1.19 src/unicode/digit.go.
// Copyright 2009 The Go Authors. BSD-style license: see stdlib/LICENSE.

package unicode

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return isExcludingLatin(Digit, r)
}
