// errorcheck

package main

func main() {
L:
	for {
		break L
	}
L: // ERROR "label L already defined at"
	for {
		break
	}
	func() {
	L: // ok: function literals have their own label scope
		for {
			break L
		}
	}()
	for {
		goto2: // ERROR "label goto2 defined and not used"
		break
	}
}
