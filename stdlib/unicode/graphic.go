// graphic.go holds the character-class predicates (IsLetter, IsSpace, ...),
// IsDigit, and the range-table helpers In and IsOneOf.
//
// Ported from Go 1.19 src/unicode/graphic.go.
// Copyright 2011 The Go Authors. BSD-style license: see stdlib/LICENSE.

package unicode

// The character-class predicates below, except IsControl, are implemented
// by the runtime, which holds the Unicode tables.

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
// Such characters include letters, marks, numbers, punctuation, symbols, and
// spaces, from categories L, M, N, P, S, Zs.
func IsGraphic(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go. Such
// characters include letters, marks, numbers, punctuation, symbols, and the
// ASCII space character, from categories L, M, N, P, S and the ASCII space
// character. This categorization is the same as IsGraphic except that the
// only spacing character is ASCII space, U+0020.
func IsPrint(r rune) bool

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsControl reports whether the rune is a control character.
// The C (Other) Unicode category includes more code points
// such as surrogates; use Is(C, r) to test for them.
func IsControl(r rune) bool {
	// All control characters are in Latin-1: U+0000-U+001F and U+007F-U+009F.
	return uint32(r) < 0x20 || 0x7F <= r && r <= 0x9F
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool

// IsSpace reports whether the rune is a space character as defined
// by Unicode's White Space property; in the Latin-1 space
// this is
//
//	'\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
//
// Other definitions of spacing characters are set by category
// Z and property Pattern_White_Space.
func IsSpace(r rune) bool

// IsSymbol reports whether the rune is a symbolic character.
func IsSymbol(r rune) bool

// IsDigit reports whether the rune is a decimal digit.
func IsDigit(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool
