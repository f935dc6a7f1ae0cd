// Receiving from a closed channel yields zero values and ok == false.
package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

func main() {
	c := make(chan int, 2)
	c <- 7
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c, <-c)

	s := make(chan string)
	close(s)
	x, ok := <-s
	fmt.Printf("%q %v\n", x, ok)

	p := make(chan P)
	close(p)
	fmt.Printf("%+v\n", <-p)

	e := make(chan error)
	close(e)
	err, ok := <-e
	fmt.Println(err, err == nil, ok)

	ptr := make(chan *P)
	close(ptr)
	fmt.Println(<-ptr == nil)

	sl := make(chan []int, 1)
	close(sl)
	got := <-sl
	fmt.Println(got == nil, len(got))

	// a closed channel unblocks all receivers
	done := make(chan struct{})
	res := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			_, ok := <-done
			res <- ok
		}()
	}
	close(done)
	for i := 0; i < 3; i++ {
		fmt.Println("receiver ok:", <-res)
	}
}
