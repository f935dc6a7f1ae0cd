// errorcheck

package main

type Celsius float64
type Name string

func main() {
	var i int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var r rune = "a" // ERROR "cannot use \x22a\x22 \(untyped string constant\) as rune value in variable declaration"
	var c Celsius = "hot" // ERROR "cannot use \x22hot\x22 \(untyped string constant\) as Celsius value in variable declaration"
	var n Name = 'x' // ERROR "cannot use 'x' \(untyped rune constant 120\) as Name value in variable declaration"
	var b bool = 1 // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	var u uint8 = 'é' + 100 // ERROR "cannot use 'é' \+ 100 \(untyped rune constant 333\) as uint8 value in variable declaration \(overflows\)"
	var ok Celsius = 1.5
	_, _, _, _, _, _, _, _ = i, r, c, n, b, s, u, ok
}
