// Token and operator kinds (see token.def, operator.def).
#pragma once

#include <cstdint>
#include <string_view>

namespace goji {

enum class Tok : uint8_t {
  None,
#define GOJI_TOKEN(name, spelling) name,
#include "compiler/token.def"
#undef GOJI_TOKEN
  Count
};
static_assert(static_cast<int>(Tok::Count) <= 64, "token sets are 64-bit masks");

enum class Op : uint8_t {
  None,
#define GOJI_OPERATOR(name, spelling, prec) name,
#include "compiler/operator.def"
#undef GOJI_OPERATOR
};

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };

std::string_view tokenSpelling(Tok t);
std::string_view opSpelling(Op op);
int opPrecedence(Op op);

using TokSet = uint64_t;
constexpr TokSet tokBit(Tok t) { return TokSet{1} << static_cast<int>(t); }
constexpr bool contains(TokSet set, Tok t) { return (set & tokBit(t)) != 0; }

}  // namespace goji
