package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 5))
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"a", 30}, {"b", 20}, {"c", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age/10 < people[j].Age/10 })
	fmt.Println(people)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
