// os path operations on edge-case paths: empty names, trailing dots and slashes, renames over directories.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goji-edge")
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
	os.MkdirAll(dir+"/full/inner", 0755)
	os.Mkdir(dir+"/empty", 0755)
	fmt.Println("RemoveAll empty:", clean(os.RemoveAll("")))
	fmt.Println("RemoveAll dot:", clean(os.RemoveAll(".")))
	fmt.Println("RemoveAll dir/.:", clean(os.RemoveAll(dir+"/full/.")))
	fmt.Println("MkdirAll empty:", clean(os.MkdirAll("", 0755)))
	fmt.Println("MkdirAll existing file:", clean(os.MkdirAll(dir+"/file", 0755)))
	fmt.Println("MkdirAll trailing slash:", clean(os.MkdirAll(dir+"/a/b/", 0755)))
	fmt.Println("Mkdir empty:", clean(os.Mkdir("", 0755)))
	_, err = os.ReadDir("")
	fmt.Println("ReadDir empty:", clean(err))
	_, err = os.Stat(dir + "/file/")
	fmt.Println("Stat file/:", clean(err))
	fmt.Println("Chdir file:", clean(os.Chdir(dir+"/file")))
	fmt.Println("Remove non-empty:", clean(os.Remove(dir+"/full")))
	fmt.Println("Remove empty dir:", clean(os.Remove(dir+"/empty")))
	os.Mkdir(dir+"/empty", 0755)
	fmt.Println("Rename file over dir:", clean(os.Rename(dir+"/file", dir+"/empty")))
	fmt.Println("Rename dir over file:", clean(os.Rename(dir+"/empty", dir+"/file")))
	fmt.Println("Rename dir over non-empty dir:", clean(os.Rename(dir+"/empty", dir+"/full")))
	fmt.Println("Rename dir into itself:", clean(os.Rename(dir+"/full", dir+"/full/inner/x")))
	fmt.Println("Truncate negative:", clean(os.Truncate(dir+"/file", -1)))
	fmt.Println("Truncate dir:", clean(os.Truncate(dir+"/full", 0)))
	fmt.Println("Link dir:", clean(os.Link(dir+"/full", dir+"/fulllink")))
	fmt.Println("Symlink existing:", clean(os.Symlink("x", dir+"/file")))
	fmt.Println("WriteFile to dir:", clean(os.WriteFile(dir+"/full", []byte("x"), 0644)))
	_, err = os.ReadFile(dir + "/full/inner")
	fmt.Println("ReadFile dir:", clean(err))
	_, err = os.Lstat(dir + "/nope/../file")
	fmt.Println("Lstat through missing:", clean(err))
	fi, err := os.Stat(dir + "/full/../file")
	fmt.Println("Stat through dotdot:", fi.Name(), clean(err))
	fi, err = os.Stat(dir + "/./full/./inner/")
	fmt.Println("Stat dots and slash:", fi.Name(), fi.IsDir(), clean(err))
	fi, _ = os.Stat("/")
	fmt.Println("Stat root:", fi.Name(), fi.IsDir())
	long := dir + "/" + strings.Repeat("n", 300)
	fmt.Println("long name:", clean(os.WriteFile(long, nil, 0644)))
}
