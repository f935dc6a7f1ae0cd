package main

import (
	"fmt"
	"math"
	"time"
)

type Celsius float64
type Weekday int

const (
	Boiling  Celsius = 100
	Freezing Celsius = 0
)

const limit int64 = 1 << 40
const timeout = 3 * time.Second
const half = time.Second / 2

const maxU8 uint8 = math.MaxUint8
const minI64 int64 = math.MinInt64

func main() {
	fmt.Println(Boiling-Freezing, Boiling/3)
	var d Celsius = Boiling * 0.5
	fmt.Println(d)
	fmt.Println(limit, limit>>20)
	fmt.Println(timeout, half, timeout+half)
	fmt.Println(maxU8, minI64)
	const sunday Weekday = 0
	fmt.Println(sunday + 6)
	fmt.Println(math.MaxInt32, math.Pi > 3)
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32 > 1e38)
	const typedFloat float64 = 1.5
	fmt.Println(typedFloat * 2)
	fmt.Println(time.Duration(90) * time.Minute)
}
