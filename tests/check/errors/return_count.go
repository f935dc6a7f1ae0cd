// errorcheck

package main

func none() {
	return 1 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func one() int {
	return // ERROR "not enough return values\n\thave \(\)\n\twant \(int\)"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func three() (int, int, int) {
	return 1, 2, 3, 4 // ERROR "too many return values\n\thave \(number, number, number, number\)\n\twant \(int, int, int\)"
}

func pair() (int, int) { return 1, 2 }

func wrongTypes() (int, string) {
	return "a", 1 // ERROR "cannot use \x22a\x22 \(untyped string constant\) as int value in return statement" "cannot use 1 \(untyped int constant\) as string value in return statement"
}

func forward() (int, string) {
	return pair() // ERROR "cannot use pair\(\) \(value of type int\) as type string in return statement"
}

func main() {}
