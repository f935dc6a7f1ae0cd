// io.Pipe between goroutines: ordered data, CloseWithError, reads after close, writes after reader close.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Fprintf(pw, "msg %d;", i)
		}
		pw.Close()
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	n, err := pr.Read(make([]byte, 4))
	fmt.Println("read after close:", n, err)

	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
	}()
	data, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)

	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("nobody listens"))
	fmt.Println("write to closed reader:", n, err, err == io.ErrClosedPipe)

	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gave up"))
	_, err = pw.Write([]byte("x"))
	fmt.Println("write after CloseWithError:", err)

	pr, pw = io.Pipe()
	done := make(chan []string)
	go func() {
		var log []string
		buf := make([]byte, 3)
		for {
			n, err := pr.Read(buf)
			if err != nil {
				log = append(log, fmt.Sprint("reader done: ", err))
				break
			}
			log = append(log, fmt.Sprintf("chunk %q", buf[:n]))
		}
		done <- log
	}()
	n, err = pw.Write([]byte("abcdefgh"))
	wrote := fmt.Sprint("wrote ", n, " ", err)
	pw.CloseWithError(nil)
	for _, l := range <-done {
		fmt.Println(l)
	}
	fmt.Println(wrote)
	fmt.Println("close twice:", pw.Close(), pr.Close())
}
