// Channels of strings, interfaces and errors, with type switches on received values.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S * s.S }

func main() {
	sc := make(chan string, 3)
	sc <- "héllo"
	sc <- ""
	sc <- "wörld"
	close(sc)
	for s := range sc {
		fmt.Printf("%q %d\n", s, len(s))
	}

	ic := make(chan interface{}, 6)
	ic <- 42
	ic <- "str"
	ic <- 3.5
	ic <- nil
	ic <- []int{1, 2}
	ic <- errors.New("an error")
	close(ic)
	for v := range ic {
		switch x := v.(type) {
		case int:
			fmt.Println("int", x)
		case string:
			fmt.Println("string", x)
		case float64:
			fmt.Println("float64", x)
		case nil:
			fmt.Println("nil")
		case error:
			fmt.Println("error", x)
		default:
			fmt.Printf("other %v\n", x)
		}
	}

	shc := make(chan Shape)
	go func() {
		shc <- Rect{2, 3}
		shc <- &Sq{4}
		close(shc)
	}()
	for s := range shc {
		fmt.Printf("%T %v\n", s, s.Area())
	}

	ec := make(chan error, 2)
	ec <- nil
	ec <- fmt.Errorf("wrapped: %w", errors.New("base"))
	fmt.Println(<-ec == nil)
	fmt.Println(<-ec)
}
