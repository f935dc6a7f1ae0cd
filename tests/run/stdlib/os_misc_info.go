// os process and user information that is deterministic: TempDir, home and cache dirs from env, ids, page size.
// env: HOME=/home/gojitest XDG_CACHE_HOME= XDG_CONFIG_HOME=/cfg TMPDIR=/tmp
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("TempDir:", os.TempDir())
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Setenv("XDG_CACHE_HOME", "relative/path")
	fmt.Println(os.UserCacheDir())
	os.Setenv("HOME", "")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	os.Setenv("TMPDIR", "")
	fmt.Println("TempDir default:", os.TempDir())
	fmt.Println("pagesize", os.Getpagesize())
	fmt.Println("uid==euid", os.Getuid() == os.Geteuid(), "gid==egid", os.Getgid() == os.Getegid())
	fmt.Println("pid>0", os.Getpid() > 0, "ppid>0", os.Getppid() > 0, "pid!=ppid", os.Getpid() != os.Getppid())
	h, err := os.Hostname()
	fmt.Println("hostname non-empty", h != "", err)
	exe, err := os.Executable()
	fmt.Println("executable absolute", len(exe) > 0 && exe[0] == '/', err)
	wd, err := os.Getwd()
	fmt.Println("getwd absolute", len(wd) > 0 && wd[0] == '/', err)
}
