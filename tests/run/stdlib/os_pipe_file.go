// os.Pipe: writes and reads through the pipe files, EOF after the writer closes, closed-file errors.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	r, w, err := os.Pipe()
	fmt.Println("Pipe err:", err, r.Name(), w.Name())
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "message %d\n", i)
		}
		w.Close()
	}()
	data, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	n, err := r.Read(make([]byte, 1))
	fmt.Println("read after EOF:", n, err)
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println("write to closed writer:", err)
	r2, w2, _ := os.Pipe()
	big := make([]byte, 200000)
	for i := range big {
		big[i] = byte(i % 251)
	}
	go func() {
		n, err := w2.Write(big)
		if n != len(big) || err != nil {
			fmt.Println("short write", n, err)
		}
		w2.Close()
	}()
	got, err := io.ReadAll(r2)
	same := len(got) == len(big)
	for i := range got {
		if got[i] != big[i] {
			same = false
			break
		}
	}
	fmt.Println("big transfer:", len(got), same, err)
	fmt.Println("close:", r2.Close())
}
