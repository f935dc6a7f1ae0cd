package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	fmt.Println(len(m), m["one"], m["three"])
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["nine"]
	fmt.Println(v, ok)
	m["three"] = 3
	m["one"]++
	m["new"] += 5
	fmt.Println(m, len(m))
	if _, ok := m["two"]; ok {
		fmt.Println("has two")
	}
	delete(m, "two")
	_, ok = m["two"]
	fmt.Println(ok, len(m))
	m2 := m
	m2["shared"] = 1
	fmt.Println(len(m), m["shared"])
	var nm map[string]bool
	fmt.Println(nm == nil, len(nm), nm["x"])
	for k, v := range nm {
		fmt.Println(k, v)
	}
	mk := make(map[int]string, 100)
	fmt.Println(len(mk))
	mk[-1] = "neg"
	fmt.Println(mk)
}
