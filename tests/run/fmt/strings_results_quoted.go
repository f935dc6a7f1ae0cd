package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  a b\tc\n d  "))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.TrimSpace("  x y \n"))
	fmt.Printf("%q\n", strings.Repeat("ab", 3))
	fmt.Printf("%q %q\n", strings.ToUpper("héllo"), strings.Title("go lang"))
	fmt.Printf("%v %v %v\n", strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.Count("cheese", "e"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
}
