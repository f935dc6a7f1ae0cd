// A go statement running a closure that captures and updates outer variables.
package main

import "fmt"

func main() {
	total := 0
	msg := "hello"
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			total += i
		}
		msg += " from closure"
		close(done)
	}()
	<-done
	fmt.Println(total, msg)

	results := make(chan string)
	for _, w := range []string{"a", "b", "c"} {
		w := w
		go func() {
			results <- w + w
		}()
		fmt.Println(<-results)
	}
}
