// Environment keys containing NUL or '=' are distinct keys in Go: Getenv/LookupEnv miss, Unsetenv
// removes nothing, Setenv fails with EINVAL.
// env: GOJI_NUL_TEST=present
package main

import (
	"fmt"
	"os"
)

func main() {
	for _, k := range []string{"GOJI_NUL_TEST", "GOJI_NUL_TEST\x00", "GOJI_NUL_TEST\x00suffix", "GOJI_NUL_TEST=", "GOJI_NUL_TEST=present", "", "=", "\x00"} {
		v, ok := os.LookupEnv(k)
		fmt.Printf("LookupEnv(%q) = %q %v; Getenv = %q\n", k, v, ok, os.Getenv(k))
	}
	fmt.Println("Unsetenv with NUL:", os.Unsetenv("GOJI_NUL_TEST\x00x"))
	fmt.Println("still set:", os.Getenv("GOJI_NUL_TEST"))
	fmt.Println("Unsetenv with =:", os.Unsetenv("GOJI_NUL_TEST=x"))
	fmt.Println("still set:", os.Getenv("GOJI_NUL_TEST"))
	fmt.Println("Setenv key NUL:", os.Setenv("GOJI_NUL_TEST\x00x", "v"))
	fmt.Println("Setenv value NUL:", os.Setenv("GOJI_NUL_TEST", "a\x00b"))
	fmt.Println("Setenv key =:", os.Setenv("GOJI=X", "v"))
	fmt.Println("value kept:", os.Getenv("GOJI_NUL_TEST"))
	fmt.Println("ExpandEnv:", os.ExpandEnv("${GOJI_NUL_TEST} $GOJI_NUL_TEST"))
	fmt.Println("Unsetenv empty:", os.Unsetenv(""))
	fmt.Println("Setenv empty key:", os.Setenv("", "x"))
}
