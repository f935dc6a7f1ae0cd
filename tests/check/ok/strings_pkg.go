package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox  "
	t := strings.TrimSpace(s)
	fmt.Println(t)
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Contains(t, "quick"), strings.HasPrefix(t, "The"), strings.HasSuffix(t, "x"))
	fmt.Println(strings.Index(t, "brown"), strings.LastIndex(t, "o"), strings.IndexByte(t, 'q'))
	fmt.Println(strings.Split("a,b,c", ","), len(strings.Fields(s)))
	fmt.Println(strings.Join([]string{"x", "y"}, "+"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "c"))
	fmt.Println(strings.Count("cheese", "e"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("001", "0"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteByte('|')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	r := strings.NewReader("reader")
	buf := make([]byte, 3)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf), r.Len())
	fmt.Println(strings.Compare("a", "b"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyzc"))
	fmt.Println(strings.SplitN("a:b:c", ":", 2), strings.Map(func(r rune) rune { return r + 1 }, "abc"))
}
