// errorcheck

package main

func main() {
	_ = "ok"
}

var s = `never closed // ERROR "string not terminated"
