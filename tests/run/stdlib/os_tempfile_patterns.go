// os.CreateTemp and MkdirTemp: pattern handling (prefix, suffix, star), separators, missing directories.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func base(p string) string { return p[strings.LastIndex(p, "/")+1:] }

func main() {
	dir, err := os.MkdirTemp("", "goji-tmp")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, pat := range []string{"", "plain", "pre-*", "*-suf", "a*b", "x*y*z", "**", "*.txt"} {
		f, err := os.CreateTemp(dir, pat)
		if err != nil {
			fmt.Printf("CreateTemp(%q): %v\n", pat, err)
			continue
		}
		b := base(f.Name())
		star := strings.LastIndex(pat, "*")
		prefix, suffix := pat, ""
		if star >= 0 {
			prefix, suffix = pat[:star], pat[star+1:]
		}
		fi, _ := f.Stat()
		fmt.Printf("CreateTemp(%q): in dir=%v prefix=%v suffix=%v digits=%v mode=%v\n", pat,
			strings.HasPrefix(f.Name(), dir+"/"), strings.HasPrefix(b, prefix), strings.HasSuffix(b, suffix),
			digits(b[len(prefix):len(b)-len(suffix)]), fi.Mode())
		f.Close()
		d, err := os.MkdirTemp(dir, pat)
		di, _ := os.Stat(d)
		db := base(d)
		fmt.Printf("MkdirTemp(%q): err=%v prefix=%v suffix=%v digits=%v mode=%v\n", pat, err,
			strings.HasPrefix(db, prefix), strings.HasSuffix(db, suffix), digits(db[len(prefix):len(db)-len(suffix)]), di.Mode())
	}
	for _, pat := range []string{"a/b", "x*/y", "/"} {
		_, err := os.CreateTemp(dir, pat)
		fmt.Printf("CreateTemp sep %q: %v\n", pat, err)
		_, err = os.MkdirTemp(dir, pat)
		fmt.Printf("MkdirTemp sep %q: %v\n", pat, err)
	}
	_, err = os.MkdirTemp("/nonexistent-goji-dir", "x")
	fmt.Println("MkdirTemp missing dir:", err)
	_, err = os.CreateTemp("/nonexistent-goji-dir", "x")
	var pe *os.PathError
	fmt.Println("CreateTemp missing dir:", errors.As(err, &pe), pe.Op, strings.HasPrefix(pe.Path, "/nonexistent-goji-dir/x"), pe.Err, os.IsNotExist(err))
	f, err := os.CreateTemp("", "default-dir")
	fmt.Println("default dir:", strings.HasPrefix(f.Name(), os.TempDir()+"/"), err)
	f.Close()
	os.Remove(f.Name())
}
