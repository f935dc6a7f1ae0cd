// os.File.ReadDir, Readdir and Readdirnames with n > 0 batches, io.EOF at the end, sorted os.ReadDir.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-batches")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for i := 0; i < 7; i++ {
		os.WriteFile(dir+"/f"+strconv.Itoa(i), make([]byte, i*10), 0644)
	}
	os.Mkdir(dir+"/sub", 0700)
	f, _ := os.Open(dir)
	var names []string
	for {
		ents, err := f.ReadDir(3)
		fmt.Println("batch", len(ents), err)
		for _, e := range ents {
			names = append(names, e.Name())
		}
		if err == io.EOF {
			break
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	ents, err := f.ReadDir(-1)
	fmt.Println("after EOF, n=-1:", len(ents), err)
	ents, err = f.ReadDir(1)
	fmt.Println("after EOF, n=1:", len(ents), err)
	f.Close()
	f, _ = os.Open(dir)
	infos, err := f.Readdir(0)
	fmt.Println("Readdir(0):", len(infos), err)
	total := int64(0)
	for _, fi := range infos {
		if !fi.IsDir() {
			total += fi.Size()
		}
	}
	fmt.Println("total size", total)
	f.Close()
	f, _ = os.Open(dir)
	n, err := f.Readdirnames(100)
	fmt.Println("Readdirnames(100):", len(n), err)
	n, err = f.Readdirnames(100)
	fmt.Println("again:", len(n), err)
	f.Close()
	all, err := os.ReadDir(dir)
	for _, e := range all {
		fmt.Print(e.Name(), ":", e.IsDir(), " ")
	}
	fmt.Println(err)
	fmt.Println(all[0].Name(), all[len(all)-1].Type())
	ff, _ := os.Open(dir + "/f1")
	_, err = ff.ReadDir(-1)
	fmt.Println("ReadDir on file error:", err != nil)
	ff.Close()
}
