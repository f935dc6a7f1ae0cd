package main

import "fmt"

func main() {
	x := 3.14159265
	fmt.Printf("%f\n", x)
	fmt.Printf("%.2f\n", x)
	fmt.Printf("[%8.3f]\n", x)
	fmt.Printf("[%-8.3f]\n", x)
	fmt.Printf("[%08.3f]\n", -x)
	fmt.Printf("[%+.1f]\n", x)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.1f %.1f\n", 0.05, 0.25)
	fmt.Printf("%.3f\n", 1e10)
	fmt.Printf("%f\n", 1e-7)
	fmt.Printf("%.10f\n", 1.0/3.0)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%F\n", 2.5)
	fmt.Printf("%f\n", 123456789.0)
}
