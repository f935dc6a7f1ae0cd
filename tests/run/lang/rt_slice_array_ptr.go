// exit: 2
package main

import "fmt"

func main() {
	a := &[3]int{1, 2, 3}
	h := 4
	fmt.Println(a[1:h])
}
