// Formats and parses pseudo-random floats, one line per value: the program
// tools/float-check runs under goji and Go 1.19 and compares line by line.
//
// Usage: floats SEED COUNT
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
)

// xorshift64*: the same sequence under goji and Go without math/rand.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// value draws raw bit patterns (NaNs, infinities, subnormals included),
// short decimals, integers and powers of ten.
func (r *rng) value() float64 {
	switch r.intn(5) {
	case 0, 1:
		return math.Float64frombits(r.next())
	case 2:
		m := float64(r.next() % 100000000000000000)
		return m * math.Pow(10, float64(r.intn(60)-30))
	case 3:
		return float64(int64(r.next()) >> uint(r.intn(64)))
	default:
		v := math.Pow(10, float64(r.intn(640)-320))
		if r.intn(2) == 0 {
			v = -v
		}
		return v
	}
}

// decimal draws strings for ParseFloat: digits with a point and exponent,
// hex floats, special values and malformed input.
func (r *rng) decimal() string {
	switch r.intn(8) {
	case 0:
		return []string{"", "e5", "1e", "1.5e+", "-", "+", ".", "1..2", "0x", "0x1p", "1_000", "0x_1p0",
			"inf", "-Inf", "+INF", "infinity", "NaN", "nan", "-nan", "1e1000000", "0x1.fffffffffffffp1023",
			"4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
			"1.7976931348623159e308", "0.000001", "1e-400", "-0", "0e99999999"}[r.intn(30)]
	case 1:
		s := "0x"
		for i := r.intn(15) + 1; i > 0; i-- {
			s += string("0123456789abcdef"[r.intn(16)])
			if r.intn(8) == 0 {
				s += "."
			}
		}
		return s + "p" + strconv.Itoa(r.intn(2200)-1100)
	default:
		s := ""
		if r.intn(3) == 0 {
			s = "-"
		}
		n := r.intn(25) + 1
		point := r.intn(n + 2)
		for i := 0; i < n; i++ {
			if i == point {
				s += "."
			}
			s += string("0123456789"[r.intn(10)])
		}
		if r.intn(2) == 0 {
			s += "e" + strconv.Itoa(r.intn(700)-350)
		}
		return s
	}
}

func main() {
	seed, _ := strconv.ParseUint(os.Args[1], 10, 64)
	count, _ := strconv.Atoi(os.Args[2])
	r := &rng{seed | 1}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := 0; i < count; i++ {
		v := r.value()
		f := float32(v)
		prec := r.intn(25) - 1
		fmt.Fprintf(w, "%x %s %s %s %s %s %s %v %.3g %10.4f %s\n", math.Float64bits(v),
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'e', prec, 64),
			strconv.FormatFloat(v, 'f', prec, 64),
			strconv.FormatFloat(v, 'g', prec, 64),
			strconv.FormatFloat(v, 'b', -1, 64),
			strconv.FormatFloat(float64(f), 'g', -1, 32),
			v, v, f, strconv.FormatFloat(float64(f), 'e', prec, 32))
		s := r.decimal()
		p, err := strconv.ParseFloat(s, 64)
		p32, err32 := strconv.ParseFloat(s, 32)
		fmt.Fprintf(w, "%q %x %v %x %v\n", s, math.Float64bits(p), err, math.Float32bits(float32(p32)), err32)
	}
}
