package main

import "fmt"

type T struct{ a, b int }

func mustPanic(f func()) (msg interface{}) {
	defer func() { msg = recover() }()
	f()
	return nil
}

func main() {
	// len and cap
	arr := [5]int{1, 2, 3}
	s := arr[1:3]
	fmt.Println(len(arr), cap(arr), len(s), cap(s), len("héllo"))
	const n = len([3]int{}) // constant
	var a2 [n * 2]int
	fmt.Println(n, len(a2))
	pa := &arr
	fmt.Println(len(pa), cap(pa))

	// make, append, copy
	sl := make([]int, 2, 10)
	sl = append(sl, 7, 8)
	fmt.Println(sl, len(sl), cap(sl))
	dst := make([]int, 3)
	k := copy(dst, sl)
	fmt.Println(k, dst)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "xyz!"), string(bs))

	// maps: make, delete, len
	m := make(map[string]int, 4)
	m["a"], m["b"] = 1, 2
	delete(m, "a")
	delete(m, "missing")
	fmt.Println(len(m), m)

	// channels: make, close, len, cap
	ch := make(chan int, 3)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	close(ch)

	// new
	p := new(T)
	p.a = 4
	ip := new(int)
	*ip += 2
	fmt.Println(*p, *ip)

	// panic and recover
	fmt.Println(mustPanic(func() { panic("boom") }))
	fmt.Println(mustPanic(func() { panic(fmt.Errorf("err %d", 1)) }))
	fmt.Println(mustPanic(func() {}))
	fmt.Println(recover())

	// print and println write to stderr
	print("print ", 1, " ", true, "\n")
	println("println", 2, 'x', nil == p)
	fmt.Println("done")
}
