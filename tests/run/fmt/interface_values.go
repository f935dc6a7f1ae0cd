package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	vals := []interface{}{1, "a", nil, 2.5, true, 'x', T{1, "b"}, []int{3}, map[string]int{"k": 1}}
	fmt.Println(vals)
	fmt.Printf("%v\n", vals)
	fmt.Printf("%+v\n", vals[6:8])
	var ip interface{} = &T{2, "c"}
	fmt.Printf("%v %+v %T\n", ip, ip, ip)
	for _, v := range vals {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	var i interface{} = T{3, "d"}
	fmt.Printf("%v %+v %T\n", i, i, i)
	fmt.Println(vals...)
	var ii interface{} = vals[2]
	fmt.Println(ii == nil)
}
