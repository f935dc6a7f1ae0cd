package main

import "fmt"

func main() {
	m := map[int]string{}
	for _, k := range []int{42, -7, 0, 1000, 3, -100, 15} {
		m[k] = fmt.Sprint("v", k)
	}
	fmt.Println(m)
	fmt.Printf("%v\n", m)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%#v\n", map[int]bool{2: true, 1: false})
	u := map[uint8]int{200: 1, 3: 2, 100: 3}
	fmt.Println(u)
	fmt.Printf("%x\n", map[int]int{255: 16, 10: 11})
	fmt.Println(len(m))
}
