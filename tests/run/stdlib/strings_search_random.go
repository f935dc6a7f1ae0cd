// strings search functions checked against naive implementations over generated inputs of many lengths.
package main

import (
	"fmt"
	"strings"
)

var x uint32 = 2463534242

func next() uint32 {
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	return x
}

func gen(n int, alpha string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(alpha[next()%uint32(len(alpha))])
	}
	return b.String()
}

func naiveIndex(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func naiveLast(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func naiveCount(s, sub string) int {
	n := 0
	for i := 0; i+len(sub) <= len(s); {
		if s[i:i+len(sub)] == sub {
			n++
			i += len(sub)
		} else {
			i++
		}
	}
	return n
}

func main() {
	bad := 0
	total := 0
	sumIdx, sumLast, sumCount := 0, 0, 0
	for _, alpha := range []string{"ab", "abc", "aaaab", "abcdefghijklmnopqrstuvwxyz"} {
		for _, n := range []int{0, 1, 7, 16, 31, 32, 33, 63, 64, 65, 100, 300, 1000, 5000} {
			s := gen(n, alpha)
			for _, m := range []int{1, 2, 3, 4, 8, 9, 16, 17, 31, 32, 33, 64, 65} {
				if m > n+1 {
					continue
				}
				var sub string
				if n > m && next()%2 == 0 {
					p := int(next() % uint32(n-m))
					sub = s[p : p+m]
				} else {
					sub = gen(m, alpha)
				}
				total++
				i, l, c := strings.Index(s, sub), strings.LastIndex(s, sub), strings.Count(s, sub)
				if i != naiveIndex(s, sub) || l != naiveLast(s, sub) || c != naiveCount(s, sub) || strings.Contains(s, sub) != (i >= 0) {
					bad++
					fmt.Println("MISMATCH", len(s), sub, i, l, c)
				}
				sumIdx += i
				sumLast += l
				sumCount += c
			}
			if n > 0 {
				b := s[n/2]
				if strings.IndexByte(s, b) != naiveIndex(s, string(b)) || strings.LastIndexByte(s, b) != naiveLast(s, string(b)) {
					bad++
				}
			}
		}
	}
	fmt.Println("cases", total, "mismatches", bad, "sums", sumIdx, sumLast, sumCount)
	long := strings.Repeat("ab", 5000) + "abc" + strings.Repeat("ab", 5000)
	fmt.Println(strings.Index(long, "abc"), strings.LastIndex(long, "bab"), strings.Count(long, "ab"), strings.Count(long, ""), strings.Index(long, strings.Repeat("ab", 100)+"c"))
	fmt.Println(strings.EqualFold(strings.Repeat("aBc", 1000), strings.Repeat("AbC", 1000)), strings.Count("五五五五", "五"), strings.Count("五五五五", ""))
}
