// os.FileMode: String for permission bits and type bits, IsDir, IsRegular, Perm, Type.
package main

import (
	"fmt"
	"os"
)

func main() {
	modes := []os.FileMode{0, 0644, 0755, 0777, 01777, 0400, os.ModeDir | 0755, os.ModeSymlink | 0777,
		os.ModeNamedPipe | 0600, os.ModeSocket, os.ModeDevice | 0660, os.ModeDevice | os.ModeCharDevice | 0620,
		os.ModeSetuid | 0755, os.ModeSetgid | 0755, os.ModeSticky | os.ModeDir | 0777, os.ModeAppend | 0644,
		os.ModeExclusive, os.ModeTemporary, os.ModeIrregular, os.ModeType, os.ModePerm, 0xffffffff}
	for _, m := range modes {
		fmt.Printf("%#o %s dir=%v reg=%v perm=%s type=%s\n", uint32(m), m.String(), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Println(os.ModeDir, os.ModeType, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_SYNC, os.O_TRUNC)
	fmt.Println(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
}
