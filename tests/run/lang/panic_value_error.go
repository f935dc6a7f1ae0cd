// exit: 2
package main

import "errors"

func main() {
	panic(errors.New("custom failure"))
}
