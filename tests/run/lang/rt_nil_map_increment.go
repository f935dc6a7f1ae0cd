// exit: 2
package main

import "fmt"

func main() {
	counts := map[string]map[string]int{}
	fmt.Println(counts["a"]["b"])
	counts["a"]["b"]++
	fmt.Println("unreachable")
}
