// errorcheck

package main

import (
	"strings"
	"time"
)

func (s string) Len() int { return len(s) } // ERROR "cannot define new methods on non-local type string"
func (b *strings.Builder) Extra() {} // ERROR "cannot define new methods on non-local type strings\.Builder"
func (d time.Duration) Double() time.Duration { return d * 2 } // ERROR "cannot define new methods on non-local type time\.Duration"
func (e error) Twice() string { return e.Error() } // ERROR "cannot define new methods on non-local type error"

type Local int

func (l Local) ok() {}

func main() {}
