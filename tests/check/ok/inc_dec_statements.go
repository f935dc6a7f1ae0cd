package main

import "fmt"

type counter struct{ hits int }

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)

	f := 1.5
	f++
	fmt.Println(f)

	arr := [3]int{}
	arr[1]++
	s := []int{5}
	s[0]--
	m := map[string]int{}
	m["x"]++
	m["x"]++
	fmt.Println(arr, s, m["x"])

	c := counter{}
	c.hits++
	pc := &c
	pc.hits++
	fmt.Println(c.hits)

	p := new(int)
	*p++
	fmt.Println(*p)

	var u uint8 = 255
	u++
	fmt.Println(u)

	// Empty statements and blocks.
	;
	{
	}
	for j := 0; j < 3; j++ {
	}
	if true {
	}
	fmt.Println("done")
}
