// errorcheck

package main

func f() int { return 1 }

var v = 1

const a = f() // ERROR "f\(\) \(value of type int\) is not constant"
const b = v // ERROR "v \(variable of type int\) is not constant"
const c []int = nil // ERROR "invalid constant type \[\]int"
const d = len([]int{1}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant"
const e = "abc"[0] // ERROR "\x22abc\x22\[0\] \(value of type byte\) is not constant"
const g struct{} = struct{}{} // ERROR "invalid constant type struct\{\}"
const h = len("abc") // ok
const i = len([3]int{}) // ok
const t int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in constant declaration \(truncated\)"

func main() {
	_ = iota // ERROR "cannot use iota outside constant declaration"
}
