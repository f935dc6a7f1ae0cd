// errorcheck

package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break
	}
L1: // ERROR "label L1 defined and not used"
	for i := 0; i < 1; i++ {
	}
	{
	inner: // ERROR "label inner defined and not used"
		_ = 1
	}
used:
	for {
		break used
	}
}
