package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, result chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	result <- sum
}

type Pipeline struct {
	in  chan<- string
	out <-chan string
}

func newPipeline() Pipeline {
	c := make(chan string, 4)
	return Pipeline{in: c, out: c}
}

func main() {
	ch := make(chan int)
	res := make(chan int)
	go producer(ch, 10)
	go consumer(ch, res)
	fmt.Println(<-res)

	p := newPipeline()
	p.in <- "x"
	p.in <- "y"
	fmt.Println(<-p.out, <-p.out, len(p.out), cap(p.in))

	var chOfCh = make(chan chan<- int, 1)
	inner := make(chan int, 1)
	chOfCh <- inner
	(<-chOfCh) <- 7
	fmt.Println(<-inner)

	var roc <-chan int = inner
	var soc chan<- int = inner
	soc <- 1
	v, ok := <-roc
	fmt.Println(v, ok)
	fmt.Printf("%T %T\n", roc, soc)
}
