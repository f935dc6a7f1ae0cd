// exit: 2
package main

type Msg string

func main() {
	panic(Msg("typed message"))
}
