package main

import "fmt"

func main() {
	for _, f := range []float64{1e20, 1e21, 123456789012345678901.0, 1e-4, 1e-5, 0.00012345, 0.000012345, -1e21, -1e-5} {
		fmt.Println(f)
	}
	for _, f := range []float32{1e20, 1e21, 1e-4, 1e-5} {
		fmt.Println(f)
	}
	fmt.Printf("%v %v\n", 1e100, 1e-100)
	fmt.Printf("%g %g\n", 1e20, 1e21)
	fmt.Printf("%.3v %.10v\n", 3.14159, 3.14159)
}
