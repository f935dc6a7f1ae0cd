// go with a call through a func variable; the function value is evaluated at the go statement.
package main

import "fmt"

func hello(start chan bool, out chan string) {
	<-start
	out <- "hello"
}

func bye(start chan bool, out chan string) {
	<-start
	out <- "bye"
}

func main() {
	out := make(chan string)
	start := make(chan bool)
	f := hello
	go f(start, out)
	f = bye
	close(start)
	fmt.Println(<-out)

	start2 := make(chan bool)
	go f(start2, out)
	close(start2)
	fmt.Println(<-out)

	fs := []func(int, chan int){
		func(n int, c chan int) { c <- n + 1 },
		func(n int, c chan int) { c <- n * 2 },
	}
	c := make(chan int)
	for i, g := range fs {
		go g(10+i, c)
		fmt.Println(<-c)
	}
}
