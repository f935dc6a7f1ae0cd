// errors.go holds the run-time panic values raised by Div, Div32 and Div64.
//
// Go's math/bits links these to the runtime's own error values; here they
// are local values of a type that satisfies runtime.Error.

package bits

// runtimeError is a run-time error; it satisfies runtime.Error.
type runtimeError string

func (e runtimeError) RuntimeError() {}

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

var overflowError error = runtimeError("integer overflow")

var divideError error = runtimeError("integer divide by zero")
