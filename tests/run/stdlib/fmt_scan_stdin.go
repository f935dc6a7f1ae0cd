// fmt.Scan, Scanln and Scanf reading from standard input, until EOF.
package main

import (
	"fmt"
)

func main() {
	var name string
	var age int
	var score float64
	n, err := fmt.Scanln(&name, &age, &score)
	fmt.Println("Scanln:", n, err, name, age, score)
	n, err = fmt.Scanln(&name, &age)
	fmt.Println("Scanln short line:", n, err, name)
	var x, y int
	n, err = fmt.Scanf("%d,%d\n", &x, &y)
	fmt.Println("Scanf:", n, err, x, y)
	total := 0
	for {
		var v int
		n, err := fmt.Scan(&v)
		if n == 0 {
			fmt.Println("stop:", err)
			break
		}
		total += v
	}
	fmt.Println("total", total)
	n, err = fmt.Scan(&x)
	fmt.Println("after:", n, err)
}
