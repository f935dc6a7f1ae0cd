package main

import "fmt"

func main() {
	fmt.Printf("%.2f %.2f %.2f\n", 2.675, 1.005, 1.015)
	fmt.Printf("%.1f %.1f %.1f\n", 0.15, 0.25, 0.35)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 3.5, 4.5, -3.5, 1e15+0.5)
	fmt.Printf("%.3e %.3e\n", 1.0005, 9.9995)
	fmt.Printf("%.2g %.2g\n", 0.995, 99.5)
	fmt.Printf("%.15f\n", 0.1)
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%.17g\n", 0.1)
	fmt.Println(9007199254740993.0, 0.30000000000000004)
}
