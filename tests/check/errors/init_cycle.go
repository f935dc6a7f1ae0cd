// errorcheck

package main

var a = b + 1 // ERROR "initialization loop for a"
var b = a + 1

var c = f() // ERROR "initialization loop for c"

func f() int { return c }

var self = self // ERROR "initialization loop for self"

const k1 = k2 // ERROR "initialization loop for k1"
const k2 = k1

func main() {}
