// Stress: long reads (system calls) while sysmon hands their P to other Ms;
// the M leaving each call must find a P again, never report a deadlock.
package main

import (
	"fmt"
	"os"
)

func main() {
	data := make([]byte, 4<<20)
	for i := range data {
		data[i] = byte(i)
	}
	f, err := os.CreateTemp("", "goji_syscall_handoff*.dat")
	if err != nil {
		fmt.Println(err)
		return
	}
	name := f.Name()
	defer os.Remove(name)
	if _, err := f.Write(data); err != nil {
		fmt.Println(err)
		return
	}
	f.Close()
	sum := 0
	done := make(chan int)
	go func() {
		n := 0
		for i := 0; i < 200000; i++ {
			n += i % 7
		}
		done <- n
	}()
	for i := 0; i < 300; i++ {
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Println(err)
			return
		}
		sum += int(b[i*997%len(b)])
	}
	fmt.Println(sum, <-done)
}
