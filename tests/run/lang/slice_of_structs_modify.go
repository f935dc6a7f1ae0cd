package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func bump(items []Item) {
	for i := range items {
		items[i].Count++
	}
}

func bumpCopy(items []Item) {
	for _, it := range items {
		it.Count += 100
	}
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	bump(items)
	bumpCopy(items)
	fmt.Println(items)
	p := &items[0]
	p.Count = 50
	fmt.Println(items[0])
	arr := [2]Item{{"x", 0}, {"y", 0}}
	for _, it := range arr {
		it.Count = 9
	}
	fmt.Println(arr)
	ptrs := []*Item{&items[0], &items[1]}
	for _, ip := range ptrs {
		ip.Count *= 2
	}
	fmt.Println(items)
	items = append(items, Item{"c", 3})
	ptrs[0].Count = -1
	fmt.Println(items[0].Count, ptrs[0].Count)
}
