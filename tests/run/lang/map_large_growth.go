package main

import (
	"fmt"
	"strconv"
)

func main() {
	m := map[string]int{}
	for i := 0; i < 20000; i++ {
		m["k"+strconv.Itoa(i)] = i
	}
	fmt.Println(len(m))
	sum := 0
	for i := 0; i < 20000; i += 7 {
		sum += m["k"+strconv.Itoa(i)]
	}
	fmt.Println(sum)
	for i := 0; i < 20000; i += 2 {
		delete(m, "k"+strconv.Itoa(i))
	}
	fmt.Println(len(m))
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	im := map[int64]int64{}
	for i := int64(0); i < 5000; i++ {
		im[i*i] = i
	}
	fmt.Println(len(im), im[4999*4999], im[3])
}
