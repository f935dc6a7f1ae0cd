// errorcheck

package main

type Shape interface{ Area() float64 }

type Square struct{}

func (*Square) Area() float64 { return 1 }

type Circle struct{}

func main() {
	var s Shape = &Square{}
	_ = s.(Square) // ERROR "impossible type assertion: s\.\(Square\)\n\tSquare does not implement Shape \(Area method has pointer receiver\)"
	_ = s.(Circle) // ERROR "impossible type assertion: s\.\(Circle\)\n\tCircle does not implement Shape \(missing Area method\)"
	_ = s.(*Square) // ok
	switch s.(type) {
	case Square: // ERROR "impossible type switch case: Square\n\ts \(variable of type Shape\) cannot have dynamic type Square \(Area method has pointer receiver\)"
	case *Square:
	case Circle: // ERROR "impossible type switch case: Circle\n\ts \(variable of type Shape\) cannot have dynamic type Circle \(missing Area method\)"
	case int: // ERROR "impossible type switch case: int\n\ts \(variable of type Shape\) cannot have dynamic type int \(missing Area method\)"
	}
	var e error
	_ = e.(string) // ERROR "impossible type assertion: e\.\(string\)\n\tstring does not implement error \(missing Error method\)"
}
