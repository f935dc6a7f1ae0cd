package main

import "fmt"

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2, "": 0, "Zebra": 26, "apple2": 5}
	fmt.Println(m)
	fmt.Printf("%v\n", m)
	fmt.Printf("%q\n", map[string]string{"b": "x", "a": "y"})
	fmt.Printf("%#v\n", map[string]int{"z": 1, "y": 2})
	m2 := map[string][]int{"odd": {1, 3}, "even": {2, 4}, "none": nil}
	fmt.Println(m2)
	delete(m, "banana")
	fmt.Println(m)
}
