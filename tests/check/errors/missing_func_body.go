// errorcheck

package main

func noBody() // ERROR "missing function body"

func main() {
	noBody()
}
