#include "compiler/bigint.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace goji {

BigInt::BigInt(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  neg_ = v < 0;
  while (m) {
    mag_.push_back(static_cast<uint32_t>(m));
    m >>= 32;
  }
}

BigInt BigInt::fromUint64(uint64_t v) {
  BigInt r;
  while (v) {
    r.mag_.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return r;
}

void BigInt::trim() {
  while (!mag_.empty() && mag_.back() == 0) mag_.pop_back();
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::parse(std::string_view digits, int base) {
  BigInt r;
  for (char c : digits) {
    if (c == '_') continue;
    uint32_t d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    } else {
      continue;
    }
    uint64_t carry = d;
    for (uint32_t& limb : r.mag_) {
      uint64_t v = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry) r.mag_.push_back(static_cast<uint32_t>(carry));
  }
  r.trim();
  return r;
}

int BigInt::bitLen() const {
  if (mag_.empty()) return 0;
  return static_cast<int>((mag_.size() - 1) * 32) + (32 - __builtin_clz(mag_.back()));
}

bool BigInt::isInt64() const {
  int n = bitLen();
  if (n < 64) return true;
  if (n > 64) return false;
  return neg_ && toUint64() == (uint64_t{1} << 63);
}

bool BigInt::isUint64() const { return !neg_ && bitLen() <= 64; }

uint64_t BigInt::toUint64() const {
  uint64_t v = 0;
  if (mag_.size() > 0) v = mag_[0];
  if (mag_.size() > 1) v |= static_cast<uint64_t>(mag_[1]) << 32;
  return v;
}

int64_t BigInt::toInt64() const {
  uint64_t v = toUint64();
  return static_cast<int64_t>(neg_ ? 0 - v : v);
}

bool BigInt::bit(int i) const {
  size_t w = static_cast<size_t>(i) / 32;
  return w < mag_.size() && ((mag_[w] >> (i % 32)) & 1);
}

std::string BigInt::toString() const {
  if (mag_.empty()) return "0";
  std::vector<uint32_t> m = mag_;
  std::string digits;
  while (!m.empty()) {
    uint64_t rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | m[i];
      m[i] = static_cast<uint32_t>(cur / 1000000000);
      rem = cur % 1000000000;
    }
    while (!m.empty() && m.back() == 0) m.pop_back();
    for (int k = 0; k < 9; k++) {
      digits += static_cast<char>('0' + rem % 10);
      rem /= 10;
      if (m.empty() && rem == 0) break;
    }
  }
  if (neg_) digits += '-';
  std::reverse(digits.begin(), digits.end());
  return digits;
}

int BigInt::cmpMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = BigInt::cmpMag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

std::vector<uint32_t> BigInt::addMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const auto& x = a.size() >= b.size() ? a : b;
  const auto& y = a.size() >= b.size() ? b : a;
  std::vector<uint32_t> r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); i++) {
    uint64_t s = static_cast<uint64_t>(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = static_cast<uint32_t>(s);
    carry = s >> 32;
  }
  r[x.size()] = static_cast<uint32_t>(carry);
  while (!r.empty() && r.back() == 0) r.pop_back();
  return r;
}

std::vector<uint32_t> BigInt::subMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t d = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    r[i] = static_cast<uint32_t>(d + (borrow ? (int64_t{1} << 32) : 0));
  }
  while (!r.empty() && r.back() == 0) r.pop_back();
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = BigInt::addMag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (BigInt::cmpMag(a.mag_, b.mag_) >= 0) {
    r.mag_ = BigInt::subMag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = BigInt::subMag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.mag_.empty() || b.mag_.empty()) return r;
  r.mag_.assign(a.mag_.size() + b.mag_.size(), 0);
  for (size_t i = 0; i < a.mag_.size(); i++) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.mag_.size(); j++) {
      uint64_t t = static_cast<uint64_t>(a.mag_[i]) * b.mag_[j] + r.mag_[i + j] + carry;
      r.mag_[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r.mag_[i + b.mag_.size()] = static_cast<uint32_t>(carry);
  }
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

// Knuth's algorithm D on 32-bit limbs.
void BigInt::divMag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>* q,
                    std::vector<uint32_t>* r) {
  if (cmpMag(a, b) < 0) {
    q->clear();
    *r = a;
    return;
  }
  if (b.size() == 1) {
    q->assign(a.size(), 0);
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | a[i];
      (*q)[i] = static_cast<uint32_t>(cur / b[0]);
      rem = cur % b[0];
    }
    while (!q->empty() && q->back() == 0) q->pop_back();
    r->clear();
    if (rem) r->push_back(static_cast<uint32_t>(rem));
    return;
  }
  int s = __builtin_clz(b.back());
  size_t n = b.size(), m = a.size() - b.size();
  std::vector<uint32_t> vn(n), un(a.size() + 1);
  for (size_t i = n - 1; i > 0; i--) vn[i] = (b[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(b[i - 1]) >> (32 - s)) : 0);
  vn[0] = b[0] << s;
  un[a.size()] = s ? static_cast<uint32_t>(static_cast<uint64_t>(a.back()) >> (32 - s)) : 0;
  for (size_t i = a.size() - 1; i > 0; i--) un[i] = (a[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(a[i - 1]) >> (32 - s)) : 0);
  un[0] = a[0] << s;
  q->assign(m + 1, 0);
  const uint64_t base = uint64_t{1} << 32;
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num % vn[n - 1];
    while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      qhat--;
      rhat += vn[n - 1];
      if (rhat >= base) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * vn[i] + carry;
      carry = p >> 32;
      int64_t t = static_cast<int64_t>(un[i + j]) - borrow - static_cast<int64_t>(p & 0xFFFFFFFF);
      un[i + j] = static_cast<uint32_t>(t);
      borrow = t < 0;
    }
    int64_t t = static_cast<int64_t>(un[j + n]) - borrow - static_cast<int64_t>(carry);
    un[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        uint64_t sum = static_cast<uint64_t>(un[i + j]) + vn[i] + c;
        un[i + j] = static_cast<uint32_t>(sum);
        c = sum >> 32;
      }
      un[j + n] += static_cast<uint32_t>(c);
    }
    (*q)[j] = static_cast<uint32_t>(qhat);
  }
  while (!q->empty() && q->back() == 0) q->pop_back();
  r->assign(n, 0);
  for (size_t i = 0; i < n; i++) {
    (*r)[i] = (un[i] >> s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(un[i + 1]) << (32 - s)) : 0);
  }
  while (!r->empty() && r->back() == 0) r->pop_back();
}

void BigInt::quoRem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt qq, rr;
  divMag(a.mag_, b.mag_, &qq.mag_, &rr.mag_);
  qq.neg_ = a.neg_ != b.neg_;
  rr.neg_ = a.neg_;
  qq.trim();
  rr.trim();
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a.neg_ = b.neg_ = false;
  while (!b.isZero()) {
    BigInt r;
    quoRem(a, b, nullptr, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

BigInt BigInt::shl(unsigned n) const {
  if (mag_.empty()) return *this;
  BigInt r;
  r.neg_ = neg_;
  size_t words = n / 32;
  unsigned bits = n % 32;
  r.mag_.assign(words, 0);
  uint32_t carry = 0;
  for (uint32_t limb : mag_) {
    r.mag_.push_back((limb << bits) | carry);
    carry = bits ? limb >> (32 - bits) : 0;
  }
  if (carry) r.mag_.push_back(carry);
  r.trim();
  return r;
}

BigInt BigInt::shr(unsigned n) const {
  if (neg_) {
    // floor(-m / 2^n) = -((m - 1) >> n) - 1
    BigInt m = abs() - BigInt(1);
    return -m.shr(n) - BigInt(1);
  }
  BigInt r;
  size_t words = n / 32;
  unsigned bits = n % 32;
  if (words >= mag_.size()) return r;
  for (size_t i = words; i < mag_.size(); i++) {
    uint32_t hi = i + 1 < mag_.size() ? mag_[i + 1] : 0;
    r.mag_.push_back((mag_[i] >> bits) | (bits ? static_cast<uint32_t>(static_cast<uint64_t>(hi) << (32 - bits)) : 0));
  }
  r.trim();
  return r;
}

// The n-limb two's complement representation of x (n large enough).
std::vector<uint32_t> BigInt::twos(const BigInt& x, size_t n) {
  std::vector<uint32_t> w(n, 0);
  std::copy(x.mag_.begin(), x.mag_.end(), w.begin());
  if (x.neg_) {
    uint64_t carry = 1;
    for (uint32_t& limb : w) {
      uint64_t v = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
  }
  return w;
}

BigInt BigInt::fromTwos(std::vector<uint32_t> w) {
  BigInt r;
  bool neg = !w.empty() && (w.back() >> 31);
  if (neg) {
    uint64_t carry = 1;
    for (uint32_t& limb : w) {
      uint64_t v = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
  }
  r.mag_ = std::move(w);
  r.neg_ = neg;
  r.trim();
  return r;
}

template <typename F>
static BigInt bitwise(const BigInt& a, const BigInt& b, F f, size_t n, std::vector<uint32_t> (*twos)(const BigInt&, size_t),
                      BigInt (*fromTwos)(std::vector<uint32_t>)) {
  std::vector<uint32_t> x = twos(a, n), y = twos(b, n);
  for (size_t i = 0; i < n; i++) x[i] = f(x[i], y[i]);
  return fromTwos(std::move(x));
}

BigInt bitAnd(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }, n, BigInt::twos, BigInt::fromTwos);
}
BigInt bitOr(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }, n, BigInt::twos, BigInt::fromTwos);
}
BigInt bitXor(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }, n, BigInt::twos, BigInt::fromTwos);
}
BigInt bitAndNot(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & ~y; }, n, BigInt::twos, BigInt::fromTwos);
}

// Rounds |this| * 2^exp2 to `prec` significant bits (fewer for subnormals
// below 2^minExp) with ties to even; returns the magnitude as a double.
double BigInt::roundTo(int prec, int minExp, int maxExp, int64_t exp2, bool sticky, bool* overflow) const {
  *overflow = false;
  int n = bitLen();
  if (n == 0) return 0;
  int64_t e = n - 1 + exp2;  // value in [2^e, 2^(e+1))
  if (e > maxExp) {
    *overflow = true;
    return std::numeric_limits<double>::infinity();
  }
  int64_t p = prec;
  if (e < minExp) p = prec - (minExp - e);
  int64_t shift = n - p;  // bits to drop
  BigInt kept;
  if (shift > 0) {
    kept = abs().shr(static_cast<unsigned>(std::min<int64_t>(shift, n + 1)));
    bool half = shift - 1 < n && bit(static_cast<int>(shift - 1));
    bool rest = sticky;
    for (int64_t i = 0; i < shift - 1 && i < n && !rest; i++) rest = bit(static_cast<int>(i));
    if (half && (rest || kept.isOdd())) kept = kept + BigInt(1);
  } else {
    kept = abs();
    shift = 0;
  }
  double r = std::ldexp(static_cast<double>(kept.toUint64()), static_cast<int>(std::clamp<int64_t>(exp2 + shift, -100000, 100000)));
  if (std::isinf(r) || (kept.bitLen() > 0 && exp2 + shift + kept.bitLen() - 1 > maxExp)) {
    *overflow = true;
    return std::numeric_limits<double>::infinity();
  }
  return r;
}

double BigInt::toDouble(int64_t exp2, bool sticky) const {
  bool overflow;
  double r = roundTo(53, -1022, 1023, exp2, sticky, &overflow);
  return neg_ ? -r : r;
}

float BigInt::toFloat(int64_t exp2, bool sticky) const {
  bool overflow;
  double r = roundTo(24, -126, 127, exp2, sticky, &overflow);
  float f = overflow ? std::numeric_limits<float>::infinity() : static_cast<float>(r);
  return neg_ ? -f : f;
}

}  // namespace goji
