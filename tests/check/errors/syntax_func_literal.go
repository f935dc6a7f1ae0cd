// errorcheck

package main

func main() {
	f := func { // ERROR "syntax error: unexpected \{, expecting \("
	} // ERROR "syntax error: unexpected \}, expecting \)"
	_ = f
}
