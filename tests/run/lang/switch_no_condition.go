package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func eval(i int) int {
	fmt.Print("eval", i, " ")
	return i
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch eval(2) {
	case eval(1), eval(2), eval(3):
		fmt.Println("matched")
	case eval(4):
		fmt.Println("no")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang")
	}
	var x interface{} = 3
	switch x {
	case "3":
		fmt.Println("string")
	case 3.0:
		fmt.Println("float")
	case 3:
		fmt.Println("int")
	}
	switch {
	}
	switch f := 1.5; f {
	case 1.5:
		fmt.Println("f 1.5")
	}
}
