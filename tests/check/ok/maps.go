package main

import (
	"fmt"
	"sort"
)

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	ages := map[string]int{"alice": 30, "bob": 25}
	ages["carol"] = 35
	ages["bob"]++
	delete(ages, "alice")
	fmt.Println(len(ages), sortedKeys(ages), ages["bob"])
	v, ok := ages["nobody"]
	fmt.Println(v, ok)

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))

	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"] = 1
	fmt.Println(nested)

	s := Set{}
	s.Add("go")
	fmt.Println(s.Has("go"), s.Has("rust"))

	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['h'], counts['z'])

	type pair struct{ a, b int }
	pm := map[pair]bool{{1, 2}: true}
	fmt.Println(pm[pair{1, 2}], pm[pair{2, 1}])

	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(im[1], im["1"], im[1.0], len(im))

	ptrMap := map[string]*int{}
	n := 5
	ptrMap["n"] = &n
	*ptrMap["n"] = 6
	fmt.Println(n)

	// Writing to a nil map panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	nilMap["boom"] = 1
}
