// exp_amd64.go holds archExp and archLog, the amd64 assembly versions of
// Exp and Log that Go 1.19 uses on this architecture, written in Go.
//
// Transcribed from Go 1.19 src/math/exp_amd64.s and src/math/log_amd64.s.
// Copyright 2010 The Go Authors. BSD-style license: see stdlib/LICENSE.

package math

// archExp is Exp as Go 1.19 computes it on amd64: a transcription of
// src/math/exp_amd64.s, instruction for instruction. Go takes the fused
// (VFMADD/VFNMADD) path when the CPU has AVX and FMA (useFMA), so the
// result depends on the CPU exactly as Go's does.
func archExp(x float64) float64 {
	fma := useFMA()
	const (
		LOG2E    = 1.4426950408889634073599246810018920
		LN2U     = 0.69314718055966295651160180568695068359375
		LN2L     = 0.28235290563031577122588448175013436025525412068e-12
		Overflow = 7.09782712893384e+02
		PosInf   = 0x7FF0000000000000
		NegInf   = 0xFFF0000000000000
	)
	bx := Float64bits(x)
	if int64(bx&^(1<<63)) >= PosInf { // not finite
		if bx == NegInf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > Overflow {
		return Inf(1)
	}
	// CVTSD2SL: round to nearest even; out of range gives 0x80000000.
	t := RoundToEven(LOG2E * x)
	var k int32
	if t >= -2147483648 && t <= 2147483647 {
		k = int32(t)
	} else {
		k = MinInt32
	}
	fk := float64(k)
	var x0 float64
	if fma {
		x0 = FMA(-fk, LN2U, x)
		x0 = FMA(-fk, LN2L, x0)
		x0 *= 0.0625
		x1 := 2.4801587301587301587e-5
		x1 = FMA(x0, x1, 1.9841269841269841270e-4)
		x1 = FMA(x0, x1, 1.3888888888888888889e-3)
		x1 = FMA(x0, x1, 8.3333333333333333333e-3)
		x1 = FMA(x0, x1, 4.1666666666666666667e-2)
		x1 = FMA(x0, x1, 1.6666666666666666667e-1)
		x1 = FMA(x0, x1, 0.5)
		x1 = FMA(x0, x1, 1.0)
		x0 *= x1
		x1 = x0 + 2
		x0 *= x1
		x1 = x0 + 2
		x0 *= x1
		x1 = x0 + 2
		x0 *= x1
		x1 = x0 + 2
		x0 = FMA(x1, x0, 1.0)
	} else {
		x2 := LN2U * fk
		x0 = x - x2
		x2 = LN2L * fk
		x0 = x0 - x2
		x0 *= 0.0625
		x1 := 2.4801587301587301587e-5
		x1 = x1*x0 + 1.9841269841269841270e-4
		x1 = x1*x0 + 1.3888888888888888889e-3
		x1 = x1*x0 + 8.3333333333333333333e-3
		x1 = x1*x0 + 4.1666666666666666667e-2
		x1 = x1*x0 + 1.6666666666666666667e-1
		x1 = x1*x0 + 0.5
		x1 = x1*x0 + 1.0
		x0 *= x1
		for i := 0; i < 4; i++ {
			x1 = 2 + x0
			x0 *= x1
		}
		x0 += 1
	}
	// ldexp
	bxe := k + 0x3FF
	if bxe <= 0 { // denormal
		if bxe < -52 {
			return 0
		}
		bxe += 0x3FE
		x0 *= Float64frombits(uint64(bxe) << 52)
		bxe = 1
	} else if bxe >= 0x7FF {
		return Inf(1)
	}
	return x0 * Float64frombits(uint64(bxe)<<52)
}

// archLog is Log as Go 1.19 computes it on amd64: a transcription of
// src/math/log_amd64.s. Unlike log, it does not normalise subnormal
// arguments (Log(5e-324) is -709.0895657128241 in Go on amd64).
func archLog(x float64) float64 {
	const (
		HSqrt2 = 7.07106781186547524401e-01
		Ln2Hi  = 6.93147180369123816490e-01
		Ln2Lo  = 1.90821492927058770002e-10
		L1     = 6.666666666666735130e-01
		L2     = 3.999999999940941908e-01
		L3     = 2.857142874366239149e-01
		L4     = 2.222219843214978396e-01
		L5     = 1.818357216161805012e-01
		L6     = 1.531383769920937332e-01
		L7     = 1.479819860511658591e-01
	)
	bx := Float64bits(x)
	switch {
	case bx&^(1<<63) == 0:
		return Inf(-1)
	case int64(bx) < 0:
		return Float64frombits(0x7FF8000000000001)
	case bx >= 0x7FF0000000000000:
		return x
	}
	// Frexp by bit masking: subnormals are not normalised (as in the assembly).
	f1 := Float64frombits(bx&0x000FFFFFFFFFFFFF | 0x3FE0000000000000)
	k := float64(int32((bx>>52)&0x7FF) - 0x3FE)
	if !(HSqrt2 < f1) {
		k -= 1
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (((L7*s4+L5)*s4+L3)*s4 + L1)
	t2 := s4 * ((L6*s4+L4)*s4 + L2)
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*Ln2Hi - ((hfsq - (s*(hfsq+R) + k*Ln2Lo)) - f)
}

// The function below is implemented by the runtime.

// useFMA reports whether the CPU has AVX and FMA (Go's math.useFMA =
// cpu.X86.HasAVX && cpu.X86.HasFMA), e.g. __builtin_cpu_supports("avx") &&
// __builtin_cpu_supports("fma").
func useFMA() bool
