// errorcheck

package main

var a int = "s" // ERROR "cannot use \x22s\x22 \(untyped string constant\) as int value in variable declaration"
var b, c int = 1, "two" // ERROR "cannot use \x22two\x22 \(untyped string constant\) as int value in variable declaration"
var d = 1, 2 // ERROR "extra init expr 2"
var e, f, g = 1, 2 // ERROR "missing init expr for g"

func main() {
	var h uint8 = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var i string = 'r' // ERROR "cannot use 'r' \(untyped rune constant 114\) as string value in variable declaration"
	var j float64 = "1.5" // ERROR "cannot use \x221\.5\x22 \(untyped string constant\) as float64 value in variable declaration"
	var k []int = [3]int{} // ERROR "cannot use \[3\]int\{\} \(value of type \[3\]int\) as type \[\]int in variable declaration"
	_, _, _, _ = h, i, j, k
}
