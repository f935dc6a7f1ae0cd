// Exact constant values, with the semantics of Go's go/constant package that
// the type checker depends on.
//
// Kinds: Unknown, Bool, String, Int, Float. Ints are exact (int64 fast path,
// BigInt otherwise). Floats are exact rationals while numerator and
// denominator stay below 2^4096 (go/constant's maxExp), and 512-bit binary
// floating-point numbers beyond that; an infinite result becomes Unknown.
// Complex constants are outside goji's subset.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "compiler/bigint.h"
#include "compiler/token.h"

namespace goji {

class Value {
 public:
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float };

  Value() = default;  // Unknown
  static Value makeBool(bool b);
  static Value makeString(std::string s);
  static Value makeInt64(int64_t v);
  static Value makeUint64(uint64_t v);
  static Value makeInt(BigInt v);
  static Value makeFloat64(double f);
  // Value of a literal (kind Int, Float, Rune or String); Unknown if malformed
  // or out of range.
  static Value fromLiteral(std::string_view lit, LitKind kind);

  Kind kind() const { return kind_; }
  bool known() const { return kind_ != Kind::Unknown; }

  bool boolVal() const { return b_; }
  const std::string& stringVal() const { return *s_; }
  // Int values.
  bool isInt64() const { return kind_ == Kind::Int && (small_ || big_.isInt64()); }
  int64_t int64Val(bool* exact = nullptr) const;
  uint64_t uint64Val(bool* exact = nullptr) const;
  BigInt bigInt() const;
  int bitLen() const;
  // Numeric values.
  int sign() const;
  double float64Val(bool* exact = nullptr) const;
  float float32Val(bool* exact = nullptr) const;
  bool isFloatInt() const;  // a Float kind whose value is an integer

  // go/constant's String: a short, human-readable form (floats with 6 digits,
  // strings quoted and cut at 72 runes).
  std::string toString() const;
  std::string exactString() const;

  static Value unaryOp(Op op, const Value& y, unsigned prec);
  // op is a binary arithmetic, bitwise or logical operator; with intDiv,
  // Div on integers truncates (Go's QUO_ASSIGN trick).
  static Value binaryOp(const Value& x, Op op, const Value& y, bool intDiv = false);
  static Value shift(const Value& x, Op op, unsigned s);
  static bool compare(const Value& x, Op op, const Value& y);

  Value toInt() const;    // Unknown if not exactly an integer
  Value toFloat() const;  // Unknown if not numeric

 private:
  // A 512-bit binary floating-point number: mant * 2^exp.
  struct BigFloat {
    BigInt mant;
    int64_t exp = 0;
  };
  static constexpr int kFloatPrec = 512;
  static constexpr int kMaxExp = 4 << 10;

  static Value makeRat(BigInt num, BigInt den);
  static Value makeBigFloat(BigFloat f);
  static BigFloat normalize(BigInt mant, int64_t exp, bool sticky);
  static BigFloat floatAdd(const BigFloat& a, const BigFloat& b);
  static BigFloat floatMul(const BigFloat& a, const BigFloat& b);
  static BigFloat floatQuo(const BigFloat& a, const BigFloat& b);
  static BigFloat pow10(uint64_t e);
  static BigInt pow5Exact(uint64_t e);
  static BigInt pow10Exact(uint64_t e);
  static Value fromFloatLiteral(std::string_view lit);
  BigFloat asBigFloat() const;
  bool isRat() const { return kind_ == Kind::Float && !isBigFloat_; }
  int64_t floatExponent() const;  // binary exponent e with value in [2^(e-1), 2^e)

  Kind kind_ = Kind::Unknown;
  bool b_ = false;
  bool small_ = true;        // Int: the value is i_
  bool isBigFloat_ = false;  // Float: the value is f_, else num_/den_
  int64_t i_ = 0;
  BigInt big_;        // Int when !small_
  BigInt num_, den_;  // Float rationals, den_ > 0, reduced
  BigFloat f_;
  std::shared_ptr<const std::string> s_;
};

}  // namespace goji
