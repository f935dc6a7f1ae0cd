// The native of package math: whether Exp may take the fused multiply-add
// path that Go 1.19's exp_amd64.s takes on a CPU with AVX and FMA.
#include "vm/native.h"

namespace goji::native {

namespace {

bool useFMA(Ctx) {
  static const bool has = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return has;
}

}  // namespace

GOJI_NATIVE("math.useFMA", useFMA);

}  // namespace goji::native
