// Operations on a closed os.File must fail and must not touch a newer file that reuses its descriptor.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-reuse")
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
	old, _ := os.Create(dir + "/old")
	oldFd := old.Fd()
	old.Close()
	victim, _ := os.Create(dir + "/victim")
	fmt.Println("descriptor reused:", victim.Fd() == oldFd)
	victim.WriteString("precious data")
	fmt.Println("Truncate via closed:", clean(old.Truncate(0)))
	fmt.Println("Chmod via closed:", clean(old.Chmod(0)))
	fmt.Println("Sync via closed:", clean(old.Sync()))
	data, _ := os.ReadFile(dir + "/victim")
	fi, _ := os.Stat(dir + "/victim")
	fmt.Printf("victim: %q mode=%v\n", data, fi.Mode())
	_, err = old.Stat()
	fmt.Println("Stat via closed:", clean(err))
	fmt.Println("old Fd now:", old.Fd() == ^uintptr(0))
	victim.Close()
}
