// native.go holds the formatting kernels, implemented by the runtime, and
// formatterState, the State the runtime hands to Formatter.Format methods.
//
// The kernels implement Go 1.19's fmt formatting exactly: every verb, flag,
// width, precision and explicit argument index; the handling of Formatter,
// GoStringer (%#v), error and Stringer operands (with the "%!v(PANIC=...)"
// recovery of panicking methods, and "<nil>" for nil receivers); the
// "%!verb(type=value)", "%!(EXTRA ...)", "(MISSING)", "(BADINDEX)",
// "%!(BADWIDTH)", "%!(BADPREC)" and "%!(NOVERB)" annotations; and printing of
// arbitrary values (structs, maps with sorted keys, slices, arrays,
// pointers, channels, funcs) as Go's fmt does through reflection.

package fmt

// The functions below are implemented by the runtime.

// appendPrintf appends to buf the result of formatting a according to
// format, as Sprintf does. If wrapErrs is set (Errorf), a %w verb with an
// error operand is formatted like %v and that operand is returned as
// wrapped; a second %w, or a %w whose operand is not an error, is reported
// as a bad verb ("%!w(...)") and wrapped is nil. If wrapErrs is not set,
// %w is always a bad verb.
func appendPrintf(buf []byte, format string, a []any, wrapErrs bool) (out []byte, wrapped error)

// appendPrint appends to buf the operands a formatted as by Sprint: the
// default format (%v) for each, with spaces between operands when neither
// is a string.
func appendPrint(buf []byte, a []any) []byte

// appendPrintln appends to buf the operands a formatted as by Sprintln:
// the default format for each, always separated by spaces, then a newline.
func appendPrintln(buf []byte, a []any) []byte

// formatterState is the State the runtime passes to a Formatter's Format
// method: it collects the output and reports the flags, width and
// precision of the verb being formatted. The runtime fills in the fields
// and appends buf to its output after Format returns. plus and sharp are
// also set for the %+v and %#v forms.
type formatterState struct {
	buf buffer

	wid, prec                       int
	widPresent, precPresent         bool
	minus, plus, sharp, space, zero bool
}

func (s *formatterState) Write(b []byte) (n int, err error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

// WriteString implements io.StringWriter, as Go's printer does.
func (s *formatterState) WriteString(str string) (n int, err error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *formatterState) Width() (wid int, ok bool) { return s.wid, s.widPresent }

func (s *formatterState) Precision() (prec int, ok bool) { return s.prec, s.precPresent }

func (s *formatterState) Flag(c int) bool {
	switch c {
	case '-':
		return s.minus
	case '+':
		return s.plus
	case '#':
		return s.sharp
	case ' ':
		return s.space
	case '0':
		return s.zero
	}
	return false
}
