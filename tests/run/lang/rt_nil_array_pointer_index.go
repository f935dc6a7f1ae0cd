// exit: 2
package main

import "fmt"

func main() {
	var p *[4]int
	fmt.Println(len(p))
	fmt.Println(p[1])
}
