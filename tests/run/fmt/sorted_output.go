package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, -2, 9, 0, 3}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"pear", "Apple", "fig", "apple"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 1e10, 0.001}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Printf("%+v\n", people)
	m := map[string]int{"z": 1, "a": 2, "m": 3}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d;", k, m[k])
	}
	fmt.Println()
}
