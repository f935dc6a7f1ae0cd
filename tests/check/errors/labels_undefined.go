// errorcheck

package main

func main() {
	for {
		break missing // ERROR "break label not defined: missing"
	}
	for {
		continue nowhere // ERROR "continue label not defined: nowhere"
	}
notLoop:
	{
		for {
			continue notLoop // ERROR "invalid continue label notLoop"
		}
	}
sw:
	switch {
	case true:
		for {
			continue sw // ERROR "invalid continue label sw"
		}
	}
outer:
	for {
		break outer
	}
	for {
		break outer // ERROR "invalid break label outer"
	}
}
