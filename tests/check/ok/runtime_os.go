package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	fmt.Println(runtime.NumGoroutine() >= 1)
	done := make(chan bool)
	go func() {
		runtime.Gosched()
		done <- true
	}()
	<-done
	runtime.GC()
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("to stdout\n")
	fmt.Println(os.Getenv("GOJI_SURELY_UNSET_VARIABLE") == "")
	_, err := os.Stat("/definitely/not/a/file")
	fmt.Println(os.IsNotExist(err))
	defer fmt.Println("deferred calls do not run after os.Exit")
	os.Exit(0)
}
