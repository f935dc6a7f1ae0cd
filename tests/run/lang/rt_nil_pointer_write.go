// exit: 2
package main

import "fmt"

func main() {
	var p *int
	*p = 3
	fmt.Println("unreachable")
}
