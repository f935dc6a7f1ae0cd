// errorcheck

package main

import (
	"fmt"
	"os" // ERROR "imported and not used: \x22os\x22"
	str "strings" // ERROR "imported and not used: \x22strings\x22 as str"
	"strconv" // ERROR "imported and not used: \x22strconv\x22"
	_ "sort"
	"math"
)

const pi = math.Pi

func main() {
	fmt.Println(pi)
}
