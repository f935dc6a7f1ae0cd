// Arbitrary-precision signed integers for exact constant arithmetic, with the
// semantics of Go's math/big.Int that go/constant relies on: truncated
// division, bitwise operations on the infinite two's complement
// representation, arithmetic right shift (rounding toward -infinity).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace goji {

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT(google-explicit-constructor): integers convert naturally
  static BigInt fromUint64(uint64_t v);
  // Parses digits in base 2, 8, 10 or 16 ('_' separators are skipped).
  static BigInt parse(std::string_view digits, int base);

  bool isZero() const { return mag_.empty(); }
  bool isNeg() const { return neg_; }
  int sign() const { return mag_.empty() ? 0 : neg_ ? -1 : 1; }
  int bitLen() const;  // of the magnitude
  bool isInt64() const;
  bool isUint64() const;
  int64_t toInt64() const;    // low 64 bits, two's complement
  uint64_t toUint64() const;  // low 64 bits of the magnitude
  bool bit(int i) const;      // bit i of the magnitude
  bool isOdd() const { return !mag_.empty() && (mag_[0] & 1); }
  std::string toString() const;

  friend int cmp(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return cmp(a, b) == 0; }
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt operator-() const;
  BigInt abs() const;

  // Truncated division: q = a/b rounded toward zero, r = a - q*b.
  static void quoRem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  static BigInt gcd(BigInt a, BigInt b);

  BigInt shl(unsigned n) const;
  BigInt shr(unsigned n) const;  // arithmetic: floor(a / 2^n)
  BigInt bitNot() const { return -*this - BigInt(1); }
  friend BigInt bitAnd(const BigInt& a, const BigInt& b);
  friend BigInt bitOr(const BigInt& a, const BigInt& b);
  friend BigInt bitXor(const BigInt& a, const BigInt& b);
  friend BigInt bitAndNot(const BigInt& a, const BigInt& b);

  // The double nearest to this * 2^exp2 (ties to even); `sticky` says that
  // nonzero bits below this value were discarded earlier (for exact rounding).
  double toDouble(int64_t exp2 = 0, bool sticky = false) const;
  // The same, rounded to float32 precision and range.
  float toFloat(int64_t exp2 = 0, bool sticky = false) const;

 private:
  static int cmpMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> addMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> subMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);  // a >= b
  static void divMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>* q,
                     std::vector<uint32_t>* r);
  static std::vector<uint32_t> twos(const BigInt& x, size_t n);
  static BigInt fromTwos(std::vector<uint32_t> w);
  double roundTo(int prec, int minExp, int maxExp, int64_t exp2, bool sticky, bool* overflow) const;
  void trim();

  bool neg_ = false;
  std::vector<uint32_t> mag_;  // little-endian limbs, no leading zeros
};

}  // namespace goji
