package main

import "fmt"

func main() {
	fs := []float64{0, 1, -1, 0.1, 1.0 / 3, 100, 1e20, 1e21, 1e-4, 1e-5, 123456789.0, 2.5e-10, 5e-324}
	for _, f := range fs {
		fmt.Println(f, float32(f))
	}
	fmt.Printf("%v %g %f %e %.2f %8.3f|%-8.2f|\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(1e6, 1e-6, 12345678.0, 0.000001234)
}
