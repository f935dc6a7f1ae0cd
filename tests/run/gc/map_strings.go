// Maps with string keys and values built by concatenation, Sprintf and
// []byte conversion, under churn; a string key made from bytes that are
// later overwritten must keep its own copy.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

func key(i int) string {
	return "key-" + strconv.Itoa(i) + "-" + strings.Repeat("z", i%5)
}

func main() {
	m := make(map[string]string)
	for round := 0; round < 8; round++ {
		for i := 0; i < 15000; i++ {
			k := key(i + round*1000)
			m[k] = strings.ToUpper(k) + fmt.Sprintf("/%d", round)
		}
		n := 0
		for k := range m {
			if len(k)%2 == round%2 {
				delete(m, k)
				n++
			}
		}
		bad := 0
		for k, v := range m {
			if !strings.HasPrefix(v, strings.ToUpper(k)+"/") {
				bad++
			}
		}
		if bad != 0 {
			fmt.Println("round", round, "bad values", bad)
		}
	}
	keys := make([]string, 0, len(m))
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += len(k) + len(v)
	}
	sort.Strings(keys)
	fmt.Println(len(m), total, keys[0], keys[len(keys)-1])

	// keys converted from a reused []byte buffer
	buf := make([]byte, 0, 64)
	bm := make(map[string]int)
	for i := 0; i < 40000; i++ {
		buf = buf[:0]
		buf = append(buf, "b:"...)
		buf = strconv.AppendInt(buf, int64(i%9000), 10)
		bm[string(buf)] += i
		if i%1000 == 0 {
			runtime.GC()
		}
	}
	sum := 0
	for k, v := range bm {
		n, err := strconv.Atoi(k[2:])
		if err != nil || k[:2] != "b:" {
			fmt.Println("corrupt key", k)
		}
		sum += n + v
	}
	fmt.Println(len(bm), sum)

	// lookups with freshly built keys
	hits := 0
	for i := 0; i < 9000; i++ {
		if _, ok := bm["b:"+strconv.Itoa(i)]; ok {
			hits++
		}
	}
	fmt.Println("hits:", hits)

	// map[string][]string grown by append
	groups := make(map[string][]string)
	for i := 0; i < 50000; i++ {
		g := "g" + strconv.Itoa(i%37)
		groups[g] = append(groups[g], strconv.Itoa(i))
	}
	runtime.GC()
	cnt := 0
	for g, list := range groups {
		gi, _ := strconv.Atoi(g[1:])
		for _, s := range list {
			v, _ := strconv.Atoi(s)
			if v%37 != gi {
				fmt.Println("wrong group")
			}
			cnt++
		}
	}
	fmt.Println("groups:", len(groups), cnt)
}
