// os.RemoveAll: Go's Linux implementation (unlinkat based) and its errors for odd paths.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-removeall")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	clean := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "$DIR")
	}
	os.WriteFile(dir+"/file", []byte("x"), 0644)
	os.MkdirAll(dir+"/tree/a/b/c", 0755)
	for i := 0; i < 50; i++ {
		os.WriteFile(fmt.Sprintf("%s/tree/a/f%d", dir, i), nil, 0644)
	}
	os.Symlink(dir+"/file", dir+"/tree/link")
	fmt.Println("through a file:", clean(os.RemoveAll(dir+"/file/x")))
	fmt.Println("through a file, deeper:", clean(os.RemoveAll(dir+"/file/x/y")))
	fmt.Println("missing parent:", clean(os.RemoveAll(dir+"/nope/x")))
	fmt.Println("missing:", clean(os.RemoveAll(dir+"/nope")))
	fmt.Println("trailing slash on file:", clean(os.RemoveAll(dir+"/file/")))
	fmt.Println("tree:", clean(os.RemoveAll(dir+"/tree")))
	_, err = os.Stat(dir + "/file")
	fmt.Println("file survives RemoveAll(file/):", err == nil)
	fmt.Println("file:", clean(os.RemoveAll(dir+"/file")))
	entries, _ := os.ReadDir(dir)
	fmt.Println("left:", len(entries))
}
