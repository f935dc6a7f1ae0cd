package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	errs := []error{errors.New("a"), fmt.Errorf("b%d", 2), nil}
	fmt.Println(errs)
	fmt.Printf("%v %q\n", errs[:2], errs[:2])
	temps := map[string]Temp{"mon": 21.5, "tue": -3}
	fmt.Println(temps)
	f := Temp(5).String
	fmt.Println(f())
	var ifaces []interface{}
	for _, t := range []Temp{1, 2} {
		ifaces = append(ifaces, t, float64(t))
	}
	fmt.Println(ifaces...)
	fmt.Println(ifaces)
}
