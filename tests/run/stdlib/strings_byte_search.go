// The byte searches under strings and bufio (natives): every byte value,
// including those of 0x80 and above, positions at both ends, empty input,
// and the functions built on them.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 300; i++ {
		b.WriteByte(byte(i * 7))
	}
	s := b.String()
	sum := 0
	for c := 0; c < 256; c++ {
		i := strings.IndexByte(s, byte(c))
		n := strings.Count(s, string([]byte{byte(c)}))
		sum += i*3 + n
		if c%37 == 0 || c >= 0xfe {
			fmt.Println(c, i, n, strings.IndexByte(s[i+1:], byte(c)), strings.LastIndexByte(s, byte(c)))
		}
	}
	fmt.Println(sum)
	fmt.Println(strings.IndexByte("", 'a'), strings.Count("", "a"), strings.Count("aaa", ""), strings.IndexByte("a", 'a'))
	fmt.Println(strings.IndexByte("héllo\xff", 0xff), strings.IndexByte("héllo\xff", 0xa9), strings.Count("\xff\xff-\xff", "\xff"))
	long := strings.Repeat("abcdefghij", 1000) + "Z" + strings.Repeat("k", 37)
	fmt.Println(strings.Index(long, "Zk"), strings.Contains(long, "jZ"), strings.Index(long, "jk"), strings.Count(long, "a"))
	fmt.Println(len(strings.Split(long, "e")), strings.LastIndex(long, "ij"), strings.ContainsRune(long, 'Z'))
	fmt.Println(strings.Replace(long[:40], "c", "CC", 3), strings.Fields(" a  b\tc\n")[2])

	text := "first line\nsecond\n\nfourth \xff line\nno newline at the end"
	r := bufio.NewReaderSize(strings.NewReader(text), 16)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println(lines)
	r = bufio.NewReader(strings.NewReader("a\xffb\xffc"))
	for {
		tok, err := r.ReadBytes(0xff)
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
}
