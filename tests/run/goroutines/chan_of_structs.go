// Channels carry struct values by copy.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Msg struct {
	ID   int
	Text string
	At   Point
	Tags []string
}

func main() {
	c := make(chan Msg, 2)
	m := Msg{ID: 1, Text: "hi", At: Point{1, 2}, Tags: []string{"a"}}
	c <- m
	m.ID = 2
	m.At.X = 100
	m.Tags[0] = "shared"
	got := <-c
	fmt.Printf("%+v\n", got)

	pc := make(chan Point)
	go func() {
		for i := 0; i < 3; i++ {
			pc <- Point{i, i * i}
		}
		close(pc)
	}()
	for p := range pc {
		fmt.Println(p, p.X+p.Y)
	}

	ec := make(chan struct{}, 3)
	ec <- struct{}{}
	ec <- struct{}{}
	fmt.Println(len(ec), <-ec == struct{}{})
}
