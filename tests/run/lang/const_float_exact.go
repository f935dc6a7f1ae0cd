package main

import "fmt"

const a = 0.1
const b = 0.2
const sum = a + b

func main() {
	fmt.Println(sum == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	const third = 1.0 / 3.0
	fmt.Println(third*3 == 1)
	f := 1.0 / 3.0
	fmt.Println(f*3 == 1)
	const big = 1e100
	fmt.Println(big/1e99, int64(big/1e90))
	const i = 7 / 2 * 2.0
	const j = 7 / 2.0 * 2
	fmt.Println(i, j)
	var f32 float32 = 0.1
	fmt.Println(float64(f32) == 0.1, f32 == 0.1)
	const c = 'x' * 2.0
	fmt.Printf("%T %v\n", c, c)
	const k = 1 << 10 >> 3
	fmt.Println(k)
}
