package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%e %E\n", x, x)
	fmt.Printf("%.3e %.0e\n", x, x)
	fmt.Printf("%g %G\n", x, x)
	fmt.Printf("%.3g %.10g\n", x, x)
	fmt.Printf("%g %g %g\n", 1e-7, 1e21, 1e20)
	fmt.Printf("%G\n", 1e-10)
	fmt.Printf("[%12.4e] [%-12.2e]\n", x, -x)
	fmt.Printf("%e\n", 0.0)
	fmt.Printf("%g %g\n", 100000.0, 1000000.0)
	fmt.Printf("%.2g\n", 0.000123456)
	fmt.Printf("%#g %#.3g\n", 1.0, 2.0)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%x %X\n", 1.0, 0.5)
}
