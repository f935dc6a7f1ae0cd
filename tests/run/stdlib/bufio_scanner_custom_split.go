// bufio.Scanner with custom split functions: comma split, ErrFinalToken, errors from split, empty tokens.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
}

func init() {
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc := bufio.NewScanner(strings.NewReader("a,b,,c,"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	stop := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "STOP" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	}
	sc = bufio.NewScanner(strings.NewReader("one two STOP three four"))
	sc.Split(stop)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	boom := errors.New("boom")
	cnt := 0
	failing := func(data []byte, atEOF bool) (int, []byte, error) {
		cnt++
		if cnt > 2 {
			return 0, nil, boom
		}
		return bufio.ScanLines(data, atEOF)
	}
	sc = bufio.NewScanner(strings.NewReader("l1\nl2\nl3\n"))
	sc.Split(failing)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == boom)
	neg := func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil }
	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Split(neg)
	fmt.Println(sc.Scan(), sc.Err())
	far := func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil }
	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Split(far)
	fmt.Println(sc.Scan(), sc.Err())
	empties := 0
	emptyTok := func(data []byte, atEOF bool) (int, []byte, error) {
		if atEOF && len(data) == 0 {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return 1, []byte{}, nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(emptyTok)
	for sc.Scan() {
		empties++
	}
	fmt.Println("empty tokens:", empties, sc.Err())
	for _, in := range []string{"", "\n", "a", "a\n", "a\r\n", "a\r", "\r\n\r\n"} {
		adv, tok, err := bufio.ScanLines([]byte(in), true)
		adv2, tok2, _ := bufio.ScanLines([]byte(in), false)
		fmt.Printf("ScanLines(%q) eof: %d %q %v; not eof: %d %q\n", in, adv, tok, err, adv2, tok2)
	}
}
