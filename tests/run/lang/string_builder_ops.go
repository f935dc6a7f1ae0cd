package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 10; i++ {
		sb.WriteString(strconv.Itoa(i * i))
		sb.WriteByte(',')
	}
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Repeat("ab", 4), strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.Fields("  a b\t c\n"), strings.TrimSpace("  x  "), strings.Index("chicken", "ken"))
	fmt.Println(strings.Join([]string{"1", "2", "3"}, "+"), strings.Contains("seafood", "foo"), strings.HasPrefix("golang", "go"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "bb"))
	fmt.Println(strings.Title("x"), strings.ToLower("HeLLo"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.EqualFold("Go", "GO"))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.FormatInt(-255, 16), strconv.FormatFloat(1.5, 'f', 3, 64))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	v, err := strconv.ParseInt("-80", 16, 64)
	fmt.Println(v, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	bv, err := strconv.ParseBool("true")
	fmt.Println(bv, err)
}
