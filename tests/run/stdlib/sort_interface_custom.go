// sort.Sort, Stable, IsSorted and Reverse with custom sort.Interface implementations.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type counting struct {
	data         []int
	less, swaps  int
}

func (c *counting) Len() int { return len(c.data) }
func (c *counting) Less(i, j int) bool {
	c.less++
	return c.data[i] < c.data[j]
}
func (c *counting) Swap(i, j int) {
	c.swaps++
	c.data[i], c.data[j] = c.data[j], c.data[i]
}

type multi struct {
	keys [][2]string
}

func (m multi) Len() int { return len(m.keys) }
func (m multi) Less(i, j int) bool {
	if m.keys[i][0] != m.keys[j][0] {
		return m.keys[i][0] < m.keys[j][0]
	}
	return strings.ToLower(m.keys[i][1]) < strings.ToLower(m.keys[j][1])
}
func (m multi) Swap(i, j int) { m.keys[i], m.keys[j] = m.keys[j], m.keys[i] }

func main() {
	words := byLen{"ccc", "a", "bb", "dddd", "e", "ff", "ggg", "h"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Stable(sort.Reverse(words))
	fmt.Println(words, sort.IsSorted(words), sort.IsSorted(sort.Reverse(words)))
	for _, n := range []int{0, 1, 2, 5, 12, 13, 50, 200} {
		c := &counting{}
		for i := 0; i < n; i++ {
			c.data = append(c.data, (i*37+11)%n)
		}
		sort.Sort(c)
		fmt.Println(n, "sorted:", sort.IsSorted(c), "less>0:", c.less > 0 || n < 2)
	}
	sorted := &counting{data: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}}
	sort.Sort(sorted)
	fmt.Println("already sorted swaps:", sorted.swaps)
	m := multi{[][2]string{{"b", "Zed"}, {"a", "beta"}, {"b", "alpha"}, {"a", "Alpha"}, {"c", "x"}, {"a", "Gamma"}}}
	sort.Sort(m)
	fmt.Println(m.keys)
	rev := sort.Reverse(sort.StringSlice{"x", "b", "m"})
	sort.Sort(rev)
	fmt.Println(rev, rev.Len(), rev.Less(0, 1))
}
