// os directories: MkdirAll, ReadDir order and entries, File.Readdirnames, RemoveAll, IsExist errors.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-dir-")
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
	fmt.Println("MkdirAll:", clean(os.MkdirAll(dir+"/a/b/c", 0755)), "again:", clean(os.MkdirAll(dir+"/a/b/c", 0755)))
	for _, n := range []string{"zeta.txt", "alpha.txt", "Beta", "a/inner.txt", "a/b/deep.txt", "_under"} {
		os.WriteFile(dir+"/"+n, []byte(n), 0644)
	}
	fmt.Println("Mkdir existing:", clean(os.Mkdir(dir+"/a", 0755)), os.IsExist(os.Mkdir(dir+"/a", 0755)))
	fmt.Println("MkdirAll over file:", clean(os.MkdirAll(dir+"/zeta.txt/sub", 0755)))
	entries, err := os.ReadDir(dir)
	fmt.Println("ReadDir:", len(entries), clean(err))
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Printf("  %-10s dir=%v type=%v size>0=%v mode=%v\n", e.Name(), e.IsDir(), e.Type(), info.Size() > 0, info.Mode())
	}
	f, _ := os.Open(dir + "/a")
	names, err := f.Readdirnames(-1)
	f.Close()
	fmt.Println("Readdirnames count:", len(names), clean(err))
	fi, _ := os.Stat(dir + "/a/b")
	fmt.Println("Stat dir:", fi.Name(), fi.IsDir(), fi.Mode().IsDir(), fi.Mode()&os.ModeDir != 0, fi.Mode().Perm())
	fmt.Println("Remove non-empty:", clean(os.Remove(dir+"/a")))
	fmt.Println("RemoveAll:", clean(os.RemoveAll(dir+"/a")), "again:", clean(os.RemoveAll(dir+"/a")), "missing:", clean(os.RemoveAll(dir+"/nope")))
	_, err = os.Stat(dir + "/a")
	fmt.Println("gone:", os.IsNotExist(err))
	entries, _ = os.ReadDir(dir)
	for _, e := range entries {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()
	wd, err := os.Getwd()
	fmt.Println("Chdir:", clean(os.Chdir(dir)))
	nwd, _ := os.Getwd()
	fmt.Println("Getwd after chdir:", strings.ReplaceAll(nwd, dir, "$DIR"))
	data, err := os.ReadFile("alpha.txt")
	fmt.Printf("relative read: %q %v\n", data, err)
	os.Chdir(wd)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'), string(os.PathSeparator), string(os.PathListSeparator), os.DevNull)
}
