package main

import "fmt"

type State int

const (
	Start State = iota
	InWord
	InNumber
	Done
)

func (s State) String() string {
	return [...]string{"Start", "InWord", "InNumber", "Done"}[s]
}

func tokenize(input string) []string {
	var toks []string
	state := Start
	cur := ""
	for i := 0; i <= len(input); i++ {
		var c byte
		if i < len(input) {
			c = input[i]
		}
		isL := c >= 'a' && c <= 'z'
		isD := c >= '0' && c <= '9'
		switch state {
		case Start:
			if isL {
				state, cur = InWord, string(c)
			} else if isD {
				state, cur = InNumber, string(c)
			}
		case InWord, InNumber:
			if (state == InWord && isL) || (state == InNumber && isD) {
				cur += string(c)
				continue
			}
			toks = append(toks, state.String()+":"+cur)
			state = Start
			i--
		}
	}
	return toks
}

func main() {
	fmt.Println(tokenize("abc 123 de4f"))
	fmt.Println(Done, State(1))
	fmt.Printf("%v %d\n", InNumber, InNumber)
}
