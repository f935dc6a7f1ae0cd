// errorcheck

package main

func main() {
	var recvOnly <-chan int = make(chan int)
	var sendOnly chan<- int = make(chan int)
	recvOnly <- 1 // ERROR "invalid operation: cannot send to receive-only channel recvOnly \(variable of type <-chan int\)"
	_ = <-sendOnly // ERROR "invalid operation: cannot receive from send-only channel sendOnly \(variable of type chan<- int\)"
	close(recvOnly) // ERROR "invalid operation: cannot close receive-only channel recvOnly \(variable of type <-chan int\)"
	for v := range sendOnly { // ERROR "cannot range over sendOnly \(variable of type chan<- int\) \(receive from send-only channel\)"
		_ = v
	}
	var c chan int = recvOnly // ERROR "cannot use recvOnly \(variable of type <-chan int\) as type chan int in variable declaration"
	x := 1
	x <- 1 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	ch := make(chan int)
	ch <- "s" // ERROR "cannot use \x22s\x22 \(untyped string constant\) as int value in send"
	_ = c
}
