#include "compiler/constant.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "compiler/unicode.h"

namespace goji {

namespace {

// big.Float's exponent range: beyond it a value is infinite (or zero).
constexpr int64_t kFloatMaxExp = (int64_t{1} << 31) - 1;
constexpr int64_t kFloatMinExp = -(int64_t{1} << 31);

int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the escape sequence at s[i] (just after the backslash).
bool unescape(std::string_view s, size_t& i, std::string& out, char quote) {
  if (i >= s.size()) return false;
  char c = s[i++];
  switch (c) {
    case 'a': out += '\a'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'v': out += '\v'; return true;
    case '\\': out += '\\'; return true;
    case '\'':
    case '"':
      if (c != quote) return false;
      out += c;
      return true;
    case 'x':
    case 'u':
    case 'U': {
      int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      uint32_t v = 0;
      for (int k = 0; k < n; k++) {
        if (i >= s.size() || hexVal(s[i]) < 0) return false;
        v = v * 16 + hexVal(s[i++]);
      }
      if (c == 'x') {
        out += static_cast<char>(v);
        return true;
      }
      if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) return false;
      unicode::appendRune(out, static_cast<int32_t>(v));
      return true;
    }
    default:
      if (c >= '0' && c <= '7') {
        uint32_t v = c - '0';
        for (int k = 0; k < 2; k++) {
          if (i >= s.size() || s[i] < '0' || s[i] > '7') return false;
          v = v * 8 + (s[i++] - '0');
        }
        if (v > 255) return false;
        out += static_cast<char>(v);
        return true;
      }
      return false;
  }
}

// Go's strconv.Unquote for string literals.
bool unquoteString(std::string_view lit, std::string& out) {
  if (lit.size() < 2) return false;
  if (lit[0] == '`') {
    if (lit.back() != '`') return false;
    for (char c : lit.substr(1, lit.size() - 2)) {
      if (c != '\r') out += c;
    }
    return true;
  }
  if (lit[0] != '"' || lit.back() != '"') return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '\\') {
      i++;
      if (!unescape(body, i, out, '"')) return false;
    } else if (c == '"' || c == '\n') {
      return false;
    } else {
      out += c;
      i++;
    }
  }
  return true;
}

bool unquoteRune(std::string_view lit, int64_t& code) {
  if (lit.size() < 3 || lit[0] != '\'' || lit.back() != '\'') return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (body[0] == '\\') {
    size_t i = 1;
    char c = body.size() > 1 ? body[1] : 0;
    if (c == 'x' || (c >= '0' && c <= '7')) {
      std::string out;
      if (!unescape(body, i, out, '\'') || i != body.size()) return false;
      code = static_cast<unsigned char>(out[0]);
      return true;
    }
    std::string out;
    if (!unescape(body, i, out, '\'') || i != body.size()) return false;
    code = unicode::decodeRune(out).rune;
    return true;
  }
  unicode::Decoded d = unicode::decodeRune(body);
  if (static_cast<size_t>(d.width) != body.size()) return false;
  code = d.rune;
  return true;
}

std::string formatG6(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

}  // namespace

// ---------------------------------------------------------------------------
// Factories

Value Value::makeBool(bool b) {
  Value v;
  v.kind_ = Kind::Bool;
  v.b_ = b;
  return v;
}

Value Value::makeString(std::string s) {
  Value v;
  v.kind_ = Kind::String;
  v.s_ = std::make_shared<const std::string>(std::move(s));
  return v;
}

Value Value::makeInt64(int64_t i) {
  Value v;
  v.kind_ = Kind::Int;
  v.i_ = i;
  return v;
}

Value Value::makeUint64(uint64_t u) {
  if (u < (uint64_t{1} << 63)) return makeInt64(static_cast<int64_t>(u));
  return makeInt(BigInt::fromUint64(u));
}

Value Value::makeInt(BigInt b) {
  if (b.isInt64()) return makeInt64(b.toInt64());
  Value v;
  v.kind_ = Kind::Int;
  v.small_ = false;
  v.big_ = std::move(b);
  return v;
}

Value Value::makeRat(BigInt num, BigInt den) {
  if (den.isNeg()) {
    num = -num;
    den = -den;
  }
  BigInt g = den == BigInt(1) ? BigInt(1) : BigInt::gcd(num, den);
  if (!g.isZero() && !(g == BigInt(1))) {
    BigInt::quoRem(num, g, &num, nullptr);
    BigInt::quoRem(den, g, &den, nullptr);
  }
  if (num.isZero()) den = BigInt(1);
  if (num.bitLen() < kMaxExp && den.bitLen() < kMaxExp) {
    Value v;
    v.kind_ = Kind::Float;
    v.num_ = std::move(num);
    v.den_ = std::move(den);
    return v;
  }
  return makeBigFloat(floatQuo(BigFloat{std::move(num), 0}, BigFloat{std::move(den), 0}));
}

Value Value::makeBigFloat(BigFloat f) {
  if (f.mant.isZero() || f.exp + f.mant.bitLen() < kFloatMinExp) return makeRat(BigInt(0), BigInt(1));
  if (f.exp + f.mant.bitLen() > kFloatMaxExp) return Value();  // infinite
  Value v;
  v.kind_ = Kind::Float;
  v.isBigFloat_ = true;
  v.f_ = std::move(f);
  return v;
}

Value Value::makeFloat64(double x) {
  if (std::isinf(x) || std::isnan(x)) return Value();
  if (x == 0) return makeRat(BigInt(0), BigInt(1));
  int e;
  double m = std::frexp(x, &e);  // x = m * 2^e, 0.5 <= |m| < 1
  BigInt mant(static_cast<int64_t>(std::ldexp(m, 53)));
  int64_t exp2 = e - 53;
  if (exp2 >= 0) return makeRat(mant.shl(static_cast<unsigned>(exp2)), BigInt(1));
  return makeRat(mant, BigInt(1).shl(static_cast<unsigned>(-exp2)));
}

// ---------------------------------------------------------------------------
// 512-bit floats

Value::BigFloat Value::normalize(BigInt mant, int64_t exp, bool sticky) {
  int n = mant.bitLen();
  if (n <= kFloatPrec) return BigFloat{std::move(mant), exp};
  int drop = n - kFloatPrec;
  BigInt a = mant.abs();
  BigInt kept = a.shr(drop);
  bool half = a.bit(drop - 1);
  bool rest = sticky;
  for (int i = 0; i < drop - 1 && !rest; i++) rest = a.bit(i);
  if (half && (rest || kept.isOdd())) kept = kept + BigInt(1);
  return BigFloat{mant.isNeg() ? -kept : kept, exp + drop};
}

Value::BigFloat Value::floatAdd(const BigFloat& a, const BigFloat& b) {
  if (a.mant.isZero()) return b;
  if (b.mant.isZero()) return a;
  const BigFloat& hi = a.exp >= b.exp ? a : b;
  const BigFloat& lo = a.exp >= b.exp ? b : a;
  int64_t gap = hi.exp - lo.exp;
  // lo is below half an ulp of hi: the rounded sum is hi.
  if (gap > kFloatPrec * 2 + lo.mant.bitLen()) {
    if (hi.exp + hi.mant.bitLen() - (lo.exp + lo.mant.bitLen()) > kFloatPrec + 2) return hi;
  }
  if (gap > 1 << 20) return hi;
  return normalize(hi.mant.shl(static_cast<unsigned>(gap)) + lo.mant, lo.exp, false);
}

Value::BigFloat Value::floatMul(const BigFloat& a, const BigFloat& b) {
  return normalize(a.mant * b.mant, a.exp + b.exp, false);
}

Value::BigFloat Value::floatQuo(const BigFloat& a, const BigFloat& b) {
  if (a.mant.isZero()) return a;
  int s = kFloatPrec + 2 + b.mant.bitLen() - a.mant.bitLen();
  if (s < 0) s = 0;
  BigInt q, r;
  BigInt::quoRem(a.mant.shl(s), b.mant, &q, &r);
  return normalize(q, a.exp - b.exp - s, !r.isZero());
}

BigInt Value::pow5Exact(uint64_t e) {
  BigInt result(1), base(5);
  while (e) {
    if (e & 1) result = result * base;
    e >>= 1;
    if (e) base = base * base;
  }
  return result;
}

BigInt Value::pow10Exact(uint64_t e) { return pow5Exact(e).shl(static_cast<unsigned>(e)); }

Value::BigFloat Value::pow10(uint64_t e) {
  if (e <= 2000) return normalize(pow10Exact(e), 0, false);
  BigFloat result{BigInt(1), 0};
  BigFloat base{BigInt(10), 0};
  while (e) {
    if (e & 1) result = floatMul(result, base);
    base = floatMul(base, base);
    e >>= 1;
  }
  return result;
}

Value::BigFloat Value::asBigFloat() const {
  if (kind_ == Kind::Int) return normalize(bigInt(), 0, false);
  if (isBigFloat_) return f_;
  return floatQuo(BigFloat{num_, 0}, BigFloat{den_, 0});
}

int64_t Value::floatExponent() const {
  if (isBigFloat_) return f_.exp + f_.mant.bitLen();
  if (num_.isZero()) return 0;
  int64_t e = num_.bitLen() - den_.bitLen();
  // num/den in [2^(e-1), 2^(e+1)): decide which half.
  BigInt n = num_.abs();
  BigInt d = e >= 0 ? den_.shl(static_cast<unsigned>(e)) : den_;
  if (e < 0) n = n.shl(static_cast<unsigned>(-e));
  return cmp(n, d) >= 0 ? e + 1 : e;
}

// ---------------------------------------------------------------------------
// Literals

Value Value::fromFloatLiteral(std::string_view lit) {
  bool hex = lit.size() > 1 && lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X');
  std::string digits;
  int64_t fracDigits = 0;
  bool inFrac = false;
  size_t i = hex ? 2 : 0;
  for (; i < lit.size(); i++) {
    char c = lit[i];
    if (c == '_') continue;
    if (c == '.') {
      inFrac = true;
      continue;
    }
    if ((!hex && (c == 'e' || c == 'E')) || (hex && (c == 'p' || c == 'P'))) break;
    int d = hexVal(c);
    if (d < 0 || (!hex && d > 9)) return Value();  // malformed (e.g. invalid bytes inside)
    digits += c;
    if (inFrac) fracDigits++;
  }
  int64_t exp = 0;
  if (i < lit.size()) {
    i++;
    bool neg = false;
    if (i < lit.size() && (lit[i] == '+' || lit[i] == '-')) neg = lit[i++] == '-';
    for (; i < lit.size(); i++) {
      if (lit[i] == '_') continue;
      if (lit[i] < '0' || lit[i] > '9') return Value();  // malformed
      if (exp < (int64_t{1} << 40)) exp = exp * 10 + (lit[i] - '0');
    }
    if (neg) exp = -exp;
  }
  BigInt mant = BigInt::parse(digits, hex ? 16 : 10);
  if (mant.isZero()) return makeRat(BigInt(0), BigInt(1));
  if (hex) {
    int64_t e2 = exp - 4 * fracDigits;
    int64_t top = e2 + mant.bitLen();
    if (top > -kMaxExp && top < kMaxExp) {
      return e2 >= 0 ? makeRat(mant.shl(static_cast<unsigned>(e2)), BigInt(1))
                     : makeRat(mant, BigInt(1).shl(static_cast<unsigned>(-e2)));
    }
    if (top > kFloatMaxExp || top < kFloatMinExp) return top > 0 ? Value() : makeRat(BigInt(0), BigInt(1));
    return makeBigFloat(normalize(mant, e2, false));
  }
  int64_t e10 = exp - fracDigits;
  // Estimate the binary exponent to choose between a rational and a float.
  double est = mant.bitLen() + static_cast<double>(e10) * 3.321928094887362;
  if (est > static_cast<double>(kFloatMaxExp) + 8) return Value();
  if (est < static_cast<double>(kFloatMinExp) - 8) return makeRat(BigInt(0), BigInt(1));
  bool small = est > -kMaxExp + 64 && est < kMaxExp - 64;
  if (!small) {
    BigFloat f = e10 >= 0 ? floatMul(normalize(mant, 0, false), pow10(static_cast<uint64_t>(e10)))
                          : floatQuo(normalize(mant, 0, false), pow10(static_cast<uint64_t>(-e10)));
    int64_t top = f.exp + f.mant.bitLen();
    if (top <= -kMaxExp || top >= kMaxExp) return makeBigFloat(f);
  }
  // Small enough for an exact fraction, as go/constant does.
  if (e10 >= 0) return makeRat(mant * pow10Exact(static_cast<uint64_t>(e10)), BigInt(1));
  // mant / 10^k: cancel the factors 2 and 5 that mant shares with 10^k
  // directly instead of computing a general gcd.
  uint64_t k = static_cast<uint64_t>(-e10);
  uint64_t twos = 0, fives = 0;
  while (twos < k && !mant.isOdd()) {
    mant = mant.shr(1);
    twos++;
  }
  BigInt five(5);
  while (fives < k) {
    BigInt q, r;
    BigInt::quoRem(mant, five, &q, &r);
    if (!r.isZero()) break;
    mant = std::move(q);
    fives++;
  }
  Value v;
  v.kind_ = Kind::Float;
  v.num_ = std::move(mant);
  v.den_ = pow5Exact(k - fives).shl(static_cast<unsigned>(k - twos));
  return v;
}

Value Value::fromLiteral(std::string_view lit, LitKind kind) {
  switch (kind) {
    case LitKind::Int: {
      int base = 10;
      std::string_view d = lit;
      if (d.size() > 1 && d[0] == '0') {
        char p = static_cast<char>(d[1] | 0x20);
        if (p == 'x') {
          base = 16;
          d.remove_prefix(2);
        } else if (p == 'o') {
          base = 8;
          d.remove_prefix(2);
        } else if (p == 'b') {
          base = 2;
          d.remove_prefix(2);
        } else {
          base = 8;
          d.remove_prefix(1);
        }
      }
      for (char c : d) {
        int v = hexVal(c);
        if (c != '_' && (v < 0 || v >= base)) return Value();  // malformed
      }
      return makeInt(BigInt::parse(d, base));
    }
    case LitKind::Float: return fromFloatLiteral(lit);
    case LitKind::Rune: {
      int64_t code;
      if (unquoteRune(lit, code)) return makeInt64(code);
      return Value();
    }
    case LitKind::String: {
      std::string s;
      if (unquoteString(lit, s)) return makeString(std::move(s));
      return Value();
    }
    case LitKind::Imag: return Value();
  }
  return Value();
}

// ---------------------------------------------------------------------------
// Accessors

BigInt Value::bigInt() const { return small_ ? BigInt(i_) : big_; }

int64_t Value::int64Val(bool* exact) const {
  if (kind_ != Kind::Int) {
    if (exact) *exact = false;
    return 0;
  }
  if (exact) *exact = small_;
  return small_ ? i_ : big_.toInt64();
}

uint64_t Value::uint64Val(bool* exact) const {
  if (kind_ != Kind::Int) {
    if (exact) *exact = false;
    return 0;
  }
  if (small_) {
    if (exact) *exact = i_ >= 0;
    return static_cast<uint64_t>(i_);
  }
  if (exact) *exact = big_.isUint64();
  return big_.toUint64();
}

int Value::bitLen() const {
  if (kind_ != Kind::Int) return 0;
  return bigInt().bitLen();
}

int Value::sign() const {
  switch (kind_) {
    case Kind::Int: return small_ ? (i_ > 0) - (i_ < 0) : big_.sign();
    case Kind::Float: return isBigFloat_ ? f_.mant.sign() : num_.sign();
    case Kind::Unknown: return 1;  // avoid spurious division by zero errors
    default: return 0;
  }
}

double Value::float64Val(bool* exact) const {
  double f = 0;
  switch (kind_) {
    case Kind::Int: f = small_ ? static_cast<double>(i_) : big_.toDouble(); break;
    case Kind::Float:
      if (isBigFloat_) {
        f = f_.mant.toDouble(f_.exp);
      } else if (!num_.isZero()) {
        int s = 64 + den_.bitLen() - num_.bitLen();
        if (s < 0) s = 0;
        BigInt q, r;
        BigInt::quoRem(num_.shl(s), den_, &q, &r);
        f = q.toDouble(-s, !r.isZero());
      }
      break;
    default:
      if (exact) *exact = false;
      return 0;
  }
  if (exact) *exact = std::isfinite(f) && compare(makeFloat64(f), Op::Eql, *this);
  return f;
}

float Value::float32Val(bool* exact) const {
  float f = 0;
  switch (kind_) {
    case Kind::Int: f = bigInt().toFloat(); break;
    case Kind::Float:
      if (isBigFloat_) {
        f = f_.mant.toFloat(f_.exp);
      } else if (!num_.isZero()) {
        int s = 64 + den_.bitLen() - num_.bitLen();
        if (s < 0) s = 0;
        BigInt q, r;
        BigInt::quoRem(num_.shl(s), den_, &q, &r);
        f = q.toFloat(-s, !r.isZero());
      }
      break;
    default:
      if (exact) *exact = false;
      return 0;
  }
  if (exact) *exact = std::isfinite(f) && compare(makeFloat64(f), Op::Eql, *this);
  return f;
}

bool Value::isFloatInt() const {
  if (kind_ != Kind::Float) return false;
  return toInt().known();
}

// ---------------------------------------------------------------------------
// Strings

std::string Value::toString() const {
  switch (kind_) {
    case Kind::Unknown: return "unknown";
    case Kind::Bool: return b_ ? "true" : "false";
    case Kind::String: {
      std::string q = unicode::quote(*s_);
      // Cut long strings to 72 runes, as go/constant does.
      constexpr int kMaxLen = 72;
      size_t i = 0;
      int n = 0;
      while (i < q.size()) {
        i += unicode::decodeRune(std::string_view(q).substr(i)).width;
        n++;
      }
      if (n > kMaxLen) {
        i = 0;
        for (int k = 0; k < kMaxLen - 3; k++) i += unicode::decodeRune(std::string_view(q).substr(i)).width;
        q = q.substr(0, i) + "...";
      }
      return q;
    }
    case Kind::Int: return small_ ? std::to_string(i_) : big_.toString();
    case Kind::Float: {
      double x = float64Val();
      if ((sign() == 0) == (x == 0) && !std::isinf(x)) return formatG6(x);
      // Out of float64 range: approximate decimal conversion (go/constant).
      BigFloat f = asBigFloat();
      int n = f.mant.bitLen();
      int64_t exp = f.exp + n;
      double m = f.mant.toDouble(-n);  // 0.5 <= |m| < 1
      double d = static_cast<double>(exp) * (std::log(2.0) / std::log(10.0));
      int64_t e = static_cast<int64_t>(d);
      m *= std::pow(10, d - static_cast<double>(e));
      double am = std::fabs(m);
      if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
      } else if (am >= 10) {
        m /= 10;
        e++;
      }
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
      return buf;
    }
  }
  return "";
}

std::string Value::exactString() const {
  if (kind_ == Kind::String) return unicode::quote(*s_);
  if (kind_ == Kind::Float && !isBigFloat_) {
    if (den_ == BigInt(1)) return num_.toString();
    return num_.toString() + "/" + den_.toString();
  }
  return toString();
}

// ---------------------------------------------------------------------------
// Operations

Value Value::toInt() const {
  switch (kind_) {
    case Kind::Int: return *this;
    case Kind::Float: {
      if (!isBigFloat_) {
        if (den_ == BigInt(1)) return makeInt(num_);
        return Value();
      }
      if (floatExponent() >= kMaxExp || floatExponent() <= -kMaxExp) return Value();
      if (f_.exp >= 0) return makeInt(f_.mant.shl(static_cast<unsigned>(f_.exp)));
      // Exact, or within a few bits of an integer (go/constant's delta).
      for (int delta : {0, 4}) {
        BigInt m = f_.mant.abs();
        int64_t e = f_.exp;
        if (delta) {
          int drop = m.bitLen() - (kFloatPrec - delta);
          if (drop <= 0) continue;
          BigInt down = m.shr(drop);
          for (BigInt cand : {down, down + BigInt(1)}) {
            int64_t ce = e + drop;
            if (ce >= 0) {
              BigInt v = cand.shl(static_cast<unsigned>(ce));
              return makeInt(f_.mant.isNeg() ? -v : v);
            }
            BigInt back = cand.shr(static_cast<unsigned>(-ce)).shl(static_cast<unsigned>(-ce));
            if (back == cand) {
              BigInt v = cand.shr(static_cast<unsigned>(-ce));
              return makeInt(f_.mant.isNeg() ? -v : v);
            }
          }
          continue;
        }
        BigInt back = m.shr(static_cast<unsigned>(-e)).shl(static_cast<unsigned>(-e));
        if (back == m) {
          BigInt v = m.shr(static_cast<unsigned>(-e));
          return makeInt(f_.mant.isNeg() ? -v : v);
        }
      }
      return Value();
    }
    default: return Value();
  }
}

Value Value::toFloat() const {
  switch (kind_) {
    case Kind::Int: {
      BigInt b = bigInt();
      if (b.bitLen() < kMaxExp) return makeRat(std::move(b), BigInt(1));
      return makeBigFloat(normalize(std::move(b), 0, false));
    }
    case Kind::Float: return *this;
    default: return Value();
  }
}

Value Value::unaryOp(Op op, const Value& y, unsigned prec) {
  if (y.kind_ == Kind::Unknown) return y;
  switch (op) {
    case Op::Add: return y;
    case Op::Sub:
      if (y.kind_ == Kind::Int) {
        if (y.small_ && y.i_ != std::numeric_limits<int64_t>::min()) return makeInt64(-y.i_);
        return makeInt(-y.bigInt());
      }
      if (y.isBigFloat_) return makeBigFloat(BigFloat{-y.f_.mant, y.f_.exp});
      return makeRat(-y.num_, y.den_);
    case Op::Xor: {
      BigInt z = y.bigInt().bitNot();
      if (prec > 0) z = bitAndNot(z, BigInt(-1).shl(prec));
      return makeInt(std::move(z));
    }
    case Op::Not: return makeBool(!y.b_);
    default: return Value();
  }
}

Value Value::binaryOp(const Value& x, Op op, const Value& y, bool intDiv) {
  if (x.kind_ == Kind::Unknown) return x;
  if (y.kind_ == Kind::Unknown) return y;
  if (x.kind_ == Kind::Bool) {
    if (op == Op::AndAnd) return makeBool(x.b_ && y.b_);
    if (op == Op::OrOr) return makeBool(x.b_ || y.b_);
    return Value();
  }
  if (x.kind_ == Kind::String) {
    if (op == Op::Add) return makeString(*x.s_ + *y.s_);
    return Value();
  }
  if (x.kind_ == Kind::Int && y.kind_ == Kind::Int) {
    if (x.small_ && y.small_) {
      int64_t a = x.i_, b = y.i_, c;
      switch (op) {
        case Op::Add:
          if (!__builtin_add_overflow(a, b, &c)) return makeInt64(c);
          break;
        case Op::Sub:
          if (!__builtin_sub_overflow(a, b, &c)) return makeInt64(c);
          break;
        case Op::Mul:
          if (!__builtin_mul_overflow(a, b, &c)) return makeInt64(c);
          break;
        case Op::Div:
          if (!intDiv) return makeRat(BigInt(a), BigInt(b));
          if (!(a == std::numeric_limits<int64_t>::min() && b == -1)) return makeInt64(a / b);
          break;
        case Op::Rem:
          if (b == -1) return makeInt64(0);
          return makeInt64(a % b);
        case Op::And: return makeInt64(a & b);
        case Op::Or: return makeInt64(a | b);
        case Op::Xor: return makeInt64(a ^ b);
        case Op::AndNot: return makeInt64(a & ~b);
        default: return Value();
      }
    }
    BigInt a = x.bigInt(), b = y.bigInt();
    switch (op) {
      case Op::Add: return makeInt(a + b);
      case Op::Sub: return makeInt(a - b);
      case Op::Mul: return makeInt(a * b);
      case Op::Div: {
        if (!intDiv) return makeRat(a, b);
        BigInt q;
        BigInt::quoRem(a, b, &q, nullptr);
        return makeInt(q);
      }
      case Op::Rem: {
        BigInt r;
        BigInt::quoRem(a, b, nullptr, &r);
        return makeInt(r);
      }
      case Op::And: return makeInt(bitAnd(a, b));
      case Op::Or: return makeInt(bitOr(a, b));
      case Op::Xor: return makeInt(bitXor(a, b));
      case Op::AndNot: return makeInt(bitAndNot(a, b));
      default: return Value();
    }
  }
  // Floats (an Int operand is promoted as go/constant's match does).
  Value fx = x.toFloat(), fy = y.toFloat();
  if (!fx.known() || !fy.known()) return Value();
  if (fx.isRat() && fy.isRat()) {
    switch (op) {
      case Op::Add: return makeRat(fx.num_ * fy.den_ + fy.num_ * fx.den_, fx.den_ * fy.den_);
      case Op::Sub: return makeRat(fx.num_ * fy.den_ - fy.num_ * fx.den_, fx.den_ * fy.den_);
      case Op::Mul: return makeRat(fx.num_ * fy.num_, fx.den_ * fy.den_);
      case Op::Div: return makeRat(fx.num_ * fy.den_, fx.den_ * fy.num_);
      default: return Value();
    }
  }
  BigFloat a = fx.asBigFloat(), b = fy.asBigFloat();
  switch (op) {
    case Op::Add: return makeBigFloat(floatAdd(a, b));
    case Op::Sub: return makeBigFloat(floatAdd(a, BigFloat{-b.mant, b.exp}));
    case Op::Mul: return makeBigFloat(floatMul(a, b));
    case Op::Div: return makeBigFloat(floatQuo(a, b));
    default: return Value();
  }
}

Value Value::shift(const Value& x, Op op, unsigned s) {
  if (x.kind_ != Kind::Int) return x.kind_ == Kind::Unknown ? x : Value();
  if (s == 0) return x;
  if (op == Op::Shl) return makeInt(x.bigInt().shl(s));
  if (x.small_) return makeInt64(s >= 64 ? (x.i_ < 0 ? -1 : 0) : x.i_ >> s);
  return makeInt(x.big_.shr(s));
}

static bool cmpZero(int c, Op op) {
  switch (op) {
    case Op::Eql: return c == 0;
    case Op::Neq: return c != 0;
    case Op::Lss: return c < 0;
    case Op::Leq: return c <= 0;
    case Op::Gtr: return c > 0;
    case Op::Geq: return c >= 0;
    default: return false;
  }
}

bool Value::compare(const Value& x, Op op, const Value& y) {
  if (x.kind_ == Kind::Unknown || y.kind_ == Kind::Unknown) return false;
  switch (x.kind_) {
    case Kind::Bool: return op == Op::Eql ? x.b_ == y.b_ : op == Op::Neq ? x.b_ != y.b_ : false;
    case Kind::String: return cmpZero(x.s_->compare(*y.s_), op);
    default: break;
  }
  if (x.kind_ == Kind::Int && y.kind_ == Kind::Int) {
    if (x.small_ && y.small_) return cmpZero((x.i_ > y.i_) - (x.i_ < y.i_), op);
    return cmpZero(cmp(x.bigInt(), y.bigInt()), op);
  }
  Value fx = x.toFloat(), fy = y.toFloat();
  if (fx.isRat() && fy.isRat()) return cmpZero(cmp(fx.num_ * fy.den_, fy.num_ * fx.den_), op);
  BigFloat a = fx.asBigFloat(), b = fy.asBigFloat();
  return cmpZero(floatAdd(a, BigFloat{-b.mant, b.exp}).mant.sign(), op);
}

}  // namespace goji
