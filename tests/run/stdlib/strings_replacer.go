// strings.NewReplacer: generic, byte and single-string algorithms, ordering, empty olds.
package main

import (
	"fmt"
	"os"
	"strings"
)

func show(name string, r *strings.Replacer, inputs ...string) {
	for _, s := range inputs {
		fmt.Printf("%s(%q) = %q\n", name, s, r.Replace(s))
	}
}

func main() {
	html := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	show("html", html, "", "plain", `<a href="x">Tom & 'Jerry'</a>`, "&&&")
	bytes := strings.NewReplacer("a", "1", "b", "2", "c", "3")
	show("byte", bytes, "abcabc", "xyz", "aAbBcC", "")
	del := strings.NewReplacer("a", "", "b", "")
	show("delete", del, "abracadabra", "bbb", "")
	single := strings.NewReplacer("hello", "bye")
	show("single", single, "hello hello world hellohello", "hell", "")
	order := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	show("order", order, "aaaa", "aaaaaaa")
	order2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	show("order2", order2, "aaaa", "aaaaaaa")
	empty := strings.NewReplacer("", "X")
	show("emptyold", empty, "", "abc", "héllo")
	mixed := strings.NewReplacer("", "-", "b", "B")
	show("mixed", mixed, "abc", "bbb")
	uni := strings.NewReplacer("é", "e", "世界", "world", "ö", "oe")
	show("unicode", uni, "héllo 世界 schön", "世世界界")
	dup := strings.NewReplacer("a", "1", "a", "2")
	show("dup", dup, "aaa")
	same := strings.NewReplacer("x", "x", "y", "yy")
	show("same", same, "xyxy")
	gen := strings.NewReplacer("cat", "dog", "dog", "cat", "ca", "CA")
	show("swap", gen, "cat dog ca catdog cacat")
	none := strings.NewReplacer()
	show("none", none, "unchanged")
	n, err := html.WriteString(os.Stdout, "<b>bold & brave</b>\n")
	fmt.Println("WriteString:", n, err)
	n, err = bytes.WriteString(os.Stdout, "cab\n")
	fmt.Println("WriteString byte:", n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("odd")
	}()
}
