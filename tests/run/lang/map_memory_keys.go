// Map keys whose equality is that of their bytes (arrays and structs of
// integers without padding) are hashed and compared as memory; padded
// structs, floats and strings inside keys are not. Every size of key
// from 0 to 24 bytes is inserted, found, overwritten and deleted.
package main

import "fmt"

type pt struct{ x, y int }
type padded struct {
	a int8
	b int64
}
type halves struct{ a, b int32 }
type mixed struct {
	n int16
	f float64
}


func main() {
	b3 := map[[3]byte]int{}
	a2 := map[[2]int]int{}
	ps := map[pt]int{}
	pd := map[padded]int{}
	hv := map[halves]int{}
	u5 := map[[5]uint16]int{}
	b17 := map[[17]byte]int{}
	mx := map[mixed]int{}
	e0 := map[[0]int]int{}
	es := map[struct{}]int{}
	bl := map[[3]bool]int{}
	for i := 0; i < 1000; i++ {
		b3[[3]byte{byte(i), byte(i >> 8), 7}] += i
		a2[[2]int{i % 37, i % 41}]++
		ps[pt{i % 50, -i % 3}] += 2
		pd[padded{int8(i), int64(i % 9)}]++
		hv[halves{int32(i % 13), int32(-i)}]++
		u5[[5]uint16{uint16(i), 0, 0, 0, uint16(i % 3)}]++
		var k [17]byte
		k[i%17] = byte(i)
		b17[k]++
		mx[mixed{int16(i % 5), float64(i%4) / 2}]++
		e0[[0]int{}]++
		es[struct{}{}]++
		bl[[3]bool{i%2 == 0, i%3 == 0, i%5 == 0}]++
	}
	mx[mixed{0, 0}] += 100
	mx[mixed{0, negZero()}] += 1000
	fmt.Println(len(b3), len(a2), len(ps), len(pd), len(hv), len(u5), len(b17), len(mx), len(e0), len(es), len(bl))
	fmt.Println(b3[[3]byte{5, 0, 7}], a2[[2]int{3, 3}], ps[pt{7, 0}], pd[padded{8, 8}], hv[halves{1, -1}])
	fmt.Println(u5[[5]uint16{9, 0, 0, 0, 0}], b17[[17]byte{3: 3}], mx[mixed{0, 0}], e0[[0]int{}], es[struct{}{}])
	fmt.Println(bl[[3]bool{true, true, true}], bl[[3]bool{}])
	for i := 0; i < 1000; i += 2 {
		delete(b3, [3]byte{byte(i), byte(i >> 8), 7})
		delete(ps, pt{i % 50, -i % 3})
	}
	_, ok := b3[[3]byte{4, 0, 7}]
	fmt.Println(len(b3), len(ps), ok, b3[[3]byte{5, 0, 7}])
}

func negZero() float64 {
	z := 0.0
	return -z
}
