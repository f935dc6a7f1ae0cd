// errorcheck

package main

type Reader interface {
	Read(p []byte) (int, error)
}

type ReadCloser interface {
	Reader
	Close() error
}

type file struct{}

func (file) Read(p []byte) (int, error) { return 0, nil }

type wrongSig struct{}

func (wrongSig) Read(p []byte) int { return 0 }

type nothing struct{}

func use(r Reader) {}

func main() {
	var r Reader = nothing{} // ERROR "cannot use nothing\{\} \(value of type nothing\) as type Reader in variable declaration:\n\tnothing does not implement Reader \(missing Read method\)"
	var rc ReadCloser = file{} // ERROR "cannot use file\{\} \(value of type file\) as type ReadCloser in variable declaration:\n\tfile does not implement ReadCloser \(missing Close method\)"
	var w Reader = wrongSig{} // ERROR "cannot use wrongSig\{\} \(value of type wrongSig\) as type Reader in variable declaration:\n\twrongSig does not implement Reader \(wrong type for Read method\)\n\t\thave Read\(p \[\]byte\) int\n\t\twant Read\(p \[\]byte\) \(int, error\)"
	use(nothing{}) // ERROR "cannot use nothing\{\} \(value of type nothing\) as type Reader in argument to use:\n\tnothing does not implement Reader \(missing Read method\)"
	rc = r // ERROR "cannot use r \(variable of type Reader\) as type ReadCloser in assignment:\n\tReader does not implement ReadCloser \(missing Close method\)"
	_, _ = w, rc
}
