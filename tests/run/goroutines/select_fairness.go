// select picks uniformly at random among multiple ready cases.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	a <- 0
	b <- 0
	c <- 0
	var na, nb, nc int
	for i := 0; i < 10000; i++ {
		select {
		case <-a:
			na++
			a <- 0
		case <-b:
			nb++
			b <- 0
		case <-c:
			nc++
			c <- 0
		}
	}
	fmt.Println("recv total:", na+nb+nc)
	fmt.Println("a>=2000:", na >= 2000, "b>=2000:", nb >= 2000, "c>=2000:", nc >= 2000)

	// send cases
	x := make(chan int, 1)
	y := make(chan int, 1)
	var nx, ny int
	for i := 0; i < 10000; i++ {
		select {
		case x <- i:
			nx++
			<-x
		case y <- i:
			ny++
			<-y
		}
	}
	fmt.Println("send total:", nx+ny)
	fmt.Println("x>=2000:", nx >= 2000, "y>=2000:", ny >= 2000)

	// closed channels are always ready
	d := make(chan int)
	e := make(chan int)
	close(d)
	close(e)
	var nd, ne int
	for i := 0; i < 10000; i++ {
		select {
		case <-d:
			nd++
		case <-e:
			ne++
		}
	}
	fmt.Println("closed total:", nd+ne)
	fmt.Println("d>=2000:", nd >= 2000, "e>=2000:", ne >= 2000)
}
