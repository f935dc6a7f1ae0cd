// sort.Search, Find, SearchInts, SearchFloat64s, SearchStrings: present, absent, boundaries, empty.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a := []int{1, 3, 3, 3, 7, 9, 12}
	for _, x := range []int{-5, 1, 2, 3, 4, 7, 9, 10, 12, 13} {
		fmt.Printf("SearchInts(%d)=%d\n", x, sort.SearchInts(a, x))
	}
	fmt.Println(sort.SearchInts(nil, 5), sort.SearchInts([]int{}, 5))
	f := []float64{-1.5, 0, 0.5, 2, 1e10}
	for _, x := range []float64{-2, -1.5, 0.25, 2, 1e11} {
		fmt.Printf("SearchFloat64s(%v)=%d\n", x, sort.SearchFloat64s(f, x))
	}
	s := []string{"apple", "banana", "cherry", "date"}
	for _, x := range []string{"", "apple", "avocado", "date", "zzz", "Banana"} {
		fmt.Printf("SearchStrings(%q)=%d\n", x, sort.SearchStrings(s, x))
	}
	for _, n := range []int{0, 1, 10, 100} {
		calls := 0
		i := sort.Search(n, func(i int) bool { calls++; return i*i >= 50 })
		fmt.Println("Search n", n, "->", i, "calls<=8:", calls <= 8)
	}
	fmt.Println(sort.Search(100, func(int) bool { return true }), sort.Search(100, func(int) bool { return false }), sort.Search(-3, func(int) bool { return true }))
	guess := sort.Search(1000, func(i int) bool { return i >= 737 })
	fmt.Println("guess", guess)
	for _, target := range []string{"banana", "blueberry", "aaa", "zzz"} {
		i, found := sort.Find(len(s), func(i int) int { return strings.Compare(target, s[i]) })
		fmt.Printf("Find(%q) = %d %v\n", target, i, found)
	}
	i, found := sort.Find(0, func(int) int { return 0 })
	fmt.Println(i, found)
	desc := []int{9, 7, 5, 3, 1}
	fmt.Println(sort.Search(len(desc), func(i int) bool { return desc[i] <= 4 }))
}
