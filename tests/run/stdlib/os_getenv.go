// os environment: Getenv, LookupEnv, Setenv, Unsetenv, ExpandEnv, Expand, Environ.
// env: GOJI_TEST_A=hello GOJI_TEST_EMPTY= GOJI_TEST_EQ=a=b=c
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	for _, k := range []string{"GOJI_TEST_A", "GOJI_TEST_EMPTY", "GOJI_TEST_EQ", "GOJI_TEST_MISSING"} {
		v, ok := os.LookupEnv(k)
		fmt.Printf("%s: Getenv=%q Lookup=%q,%v\n", k, os.Getenv(k), v, ok)
	}
	fmt.Println(os.Setenv("GOJI_TEST_NEW", "new value"), os.Getenv("GOJI_TEST_NEW"))
	fmt.Println(os.Setenv("GOJI_TEST_A", "changed"), os.Getenv("GOJI_TEST_A"))
	fmt.Println(os.Unsetenv("GOJI_TEST_A"))
	_, ok := os.LookupEnv("GOJI_TEST_A")
	fmt.Println("after unset:", ok, os.Unsetenv("GOJI_TEST_NEVER_SET"))
	fmt.Println("Setenv empty key:", os.Setenv("", "x"))
	fmt.Println("Setenv with =:", os.Setenv("A=B", "x"))
	fmt.Println("Setenv with NUL:", os.Setenv("GOJI_NUL", "a\x00b"))
	fmt.Println(os.ExpandEnv("$GOJI_TEST_EQ and ${GOJI_TEST_NEW} and $GOJI_TEST_MISSING. $$ ${} $"))
	mapping := func(k string) string { return "<" + k + ">" }
	for _, s := range []string{"$a", "${a}b", "$a$b", "x$", "$1x", "${a b}", "$_x.y", "${", "${}", "$@", "$*x", "$-", "$é", "a$$b"} {
		fmt.Printf("Expand(%q) = %q\n", s, os.Expand(s, mapping))
	}
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOJI_TEST_") {
			found++
			if kv == "GOJI_TEST_EQ=a=b=c" || kv == "GOJI_TEST_EMPTY=" || kv == "GOJI_TEST_NEW=new value" {
				fmt.Println("environ has", kv)
			}
		}
	}
	fmt.Println("found", found)
}
