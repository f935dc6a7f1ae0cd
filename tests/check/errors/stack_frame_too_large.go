// errorcheck

package main

// Stack frames of 1GB or more, reported by Go's back end once everything
// else compiled: large arguments and results, and the copy a range loop makes
// of an array when it has a value variable.

type large struct{ b [1500000000]byte }

func f1(x large) int { return len(x.b) } // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1430 MB args"

func (x large) f2() {} // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1430 MB args"

func f3() (l large, err error) { return } // ERROR "stack frame too large \(>1GB\): 0 MB locals \+ 1430 MB args"

func f4(p *[1 << 30]byte) (n int) { // ERROR "stack frame too large \(>1GB\): 1024 MB locals \+ 0 MB args"
	for _, b := range *p {
		n += int(b)
	}
	return
}

// Copies of the same type share a temporary once their loop is done.
func f5(p *[1 << 29]byte) (n int) {
	for _, b := range *p {
		n += int(b)
	}
	for _, b := range *p {
		n += int(b)
	}
	return
}

func f6(p *[1 << 29]byte) (n int) { // ERROR "stack frame too large \(>1GB\): 1024 MB locals \+ 0 MB args"
	for _, b := range *p {
		for _, c := range *p {
			n += int(b) + int(c)
		}
	}
	return
}

// No copies: no value variable, or ranging over a pointer.
func f7(p *[1 << 30]byte) (n int) {
	for i := range *p {
		n += i
	}
	for _, b := range p {
		n += int(b)
	}
	return
}

func main() {
	f := func(p *[1 << 31]int8) (n int) { // ERROR "stack frame too large \(>1GB\): 2048 MB locals \+ 0 MB args"
		for _, b := range *p {
			n += int(b)
		}
		return
	}
	_ = f
}
