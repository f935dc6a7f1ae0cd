// go obj.Method(x): pointer and value receivers; the value receiver is copied at the go statement.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Add(k int, done chan bool) {
	c.n += k
	done <- true
}

func (c Counter) Show(start chan bool, done chan bool) {
	<-start
	fmt.Println("show:", c.name, c.n)
	done <- true
}

func main() {
	c := &Counter{name: "ctr"}
	done := make(chan bool)
	for i := 1; i <= 4; i++ {
		go c.Add(i, done)
		<-done
	}
	fmt.Println("after adds:", c.n)

	v := Counter{name: "value", n: 7}
	start := make(chan bool)
	go v.Show(start, done)
	v.name = "changed"
	v.n = 99
	close(start)
	<-done

	m := c.Add
	go m(100, done)
	<-done
	fmt.Println("after method value:", c.n)
}
