// sort.Ints, Strings, Float64s (with NaN, -0, Inf), the AreSorted checks, nil and empty slices.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, -3, 9, 0, 9, math.MaxInt64, math.MinInt64, 1, -3}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	var none []int
	sort.Ints(none)
	fmt.Println(none == nil, sort.IntsAreSorted(none), sort.IntsAreSorted([]int{}))
	strs := []string{"banana", "Apple", "apple", "", "éclair", "zebra", "Zebra", "a", "ab", "\xff", "世界", "10", "9"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	nan := math.NaN()
	fl := []float64{3.5, nan, -1, math.Inf(1), 0, math.Copysign(0, -1), nan, math.Inf(-1), 2, -7.25, nan}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	fmt.Println(sort.Float64sAreSorted([]float64{1, nan}), sort.Float64sAreSorted([]float64{nan, 1}))
	big := make([]int, 1000)
	x := uint32(12345)
	for i := range big {
		x = x*1103515245 + 12345
		big[i] = int(x>>16) % 500
	}
	sort.Ints(big)
	fmt.Println(sort.IntsAreSorted(big), big[0], big[1], big[500], big[998], big[999])
	desc := []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
	sort.Ints(desc)
	fmt.Println(desc)
	sort.Sort(sort.Reverse(sort.IntSlice(desc)))
	fmt.Println(desc)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), ss.Search("bb"), ss.Len())
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Search(2), is.Search(10))
	fs := sort.Float64Slice{2.5, nan, 1}
	fs.Sort()
	fmt.Println(fs, fs.Search(2), fs.Less(0, 1), fs.Len())
}
