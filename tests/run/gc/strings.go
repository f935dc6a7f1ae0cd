// Strings built by concatenation, strings.Builder, Sprintf, []byte and
// []rune conversions, substrings and splits, while the collector runs.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	// concatenation in a loop: every step makes the previous string garbage
	s := ""
	for i := 0; i < 3000; i++ {
		s += strconv.Itoa(i % 10)
	}
	fmt.Println(len(s), s[:20], s[len(s)-10:])

	// many builders
	total := 0
	var kept []string
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for i := 0; i < 200; i++ {
			b.WriteString("w")
			b.WriteString(strconv.Itoa(i))
			b.WriteByte(' ')
			b.WriteRune('é')
		}
		str := b.String()
		total += len(str) + utf8.RuneCountInString(str)
		if round%30 == 0 {
			kept = append(kept, str)
		}
	}
	runtime.GC()
	same := true
	for _, k := range kept {
		if k != kept[0] {
			same = false
		}
	}
	fmt.Println("builders:", total, len(kept), same, strings.Count(kept[0], "é"))

	// []byte round trips
	var bs [][]byte
	for i := 0; i < 20000; i++ {
		str := fmt.Sprintf("item-%05d", i)
		b := []byte(str)
		b[0] = 'I'
		if i%100 == 0 {
			bs = append(bs, b)
		}
	}
	runtime.GC()
	joined := ""
	for _, b := range bs[:5] {
		joined += string(b) + ","
	}
	fmt.Println(len(bs), joined, string(bs[len(bs)-1]))

	// runes
	r := []rune(strings.Repeat("héllo wörld ", 2000))
	for i := range r {
		if r[i] == 'ö' {
			r[i] = 'o'
		}
	}
	rs := string(r)
	fmt.Println(len(rs), utf8.RuneCountInString(rs), strings.Count(rs, "o"))

	// substrings are the only reference to their big string
	var subs []string
	for i := 0; i < 200; i++ {
		big := strings.Repeat(strconv.Itoa(i%10), 10000) + "<" + strconv.Itoa(i) + ">"
		subs = append(subs, big[len(big)-8:])
	}
	runtime.GC()
	fmt.Println(subs[0], subs[57], subs[199])

	// split, join, replace, fields
	text := strings.Repeat("the quick brown fox jumps over the lazy dog ", 3000)
	words := strings.Fields(text)
	parts := strings.Split(text, "o")
	up := strings.ToUpper(text)
	rep := strings.ReplaceAll(text, "the", "THE")
	joinedW := strings.Join(words, "+")
	runtime.GC()
	fmt.Println(len(words), len(parts), strings.Count(up, "THE"), strings.Count(rep, "THE"), len(joinedW))

	// string keys compared after collection
	m := map[string]int{}
	for i := 0; i < 50000; i++ {
		k := strings.Repeat("k", i%20) + strconv.Itoa(i%500)
		m[k]++
	}
	runtime.GC()
	fmt.Println(len(m), m["kkk3"], m[strings.Repeat("k", 19)+"499"])
}
