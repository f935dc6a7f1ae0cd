// Exact constant arithmetic (go/constant semantics) and big integers.
#include <catch2/catch.hpp>
#include <cmath>

#include "compiler/constant.h"

using namespace goji;

namespace {

Value lit(const char* s) {
  std::string_view v = s;
  bool isFloat = v.find_first_of(".eEpP") != std::string_view::npos && !(v.size() > 1 && v[1] == 'x' && v.find('p') == std::string_view::npos);
  return Value::fromLiteral(v, isFloat ? LitKind::Float : LitKind::Int);
}

}  // namespace

TEST_CASE("big integers are exact", "[constant]") {
  Value big = Value::shift(Value::makeInt64(1), Op::Shl, 100);
  REQUIRE(big.toString() == "1267650600228229401496703205376");
  REQUIRE(Value::shift(big, Op::Shr, 98).toString() == "4");
  Value neg = Value::unaryOp(Op::Sub, big, 0);
  REQUIRE(Value::binaryOp(neg, Op::Div, Value::makeInt64(7), true).toString() == "-181092942889747057356671886482");
  REQUIRE(Value::binaryOp(neg, Op::Rem, Value::makeInt64(7), false).toString() == "-2");
  // Two's complement semantics for negative operands.
  REQUIRE(Value::binaryOp(Value::makeInt64(-6), Op::And, Value::makeInt64(3), false).toString() == "2");
  REQUIRE(Value::shift(Value::makeInt64(-7), Op::Shr, 1).toString() == "-4");
  REQUIRE(Value::unaryOp(Op::Xor, Value::makeInt64(0), 8).toString() == "255");
  REQUIRE(Value::unaryOp(Op::Xor, Value::makeInt64(5), 0).toString() == "-6");
}

TEST_CASE("untyped float arithmetic is exact", "[constant]") {
  Value third = Value::binaryOp(lit("1.0"), Op::Div, lit("3.0"));
  REQUIRE(Value::compare(Value::binaryOp(third, Op::Mul, lit("3.0")), Op::Eql, lit("1.0")));
  // Exact: 0.1 + 0.2 is 3/10, which rounds to the double nearest 0.3.
  REQUIRE(Value::binaryOp(lit("0.1"), Op::Add, lit("0.2")).float64Val() == 0.3);
  REQUIRE(lit("1e400").toString() == "1e+400");
  REQUIRE(std::isinf(lit("1e400").float64Val()));
  REQUIRE(lit("0x1p-2").float64Val() == 0.25);
  REQUIRE(lit("1e-400").float64Val() == 0.0);
  REQUIRE(lit("4.9e-324").float64Val() == 4.9e-324);
}

TEST_CASE("float to double rounds to nearest even", "[constant]") {
  // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: rounds to even.
  Value v = Value::binaryOp(Value::shift(Value::makeInt64(1), Op::Shl, 53), Op::Add, Value::makeInt64(1));
  bool exact;
  REQUIRE(v.float64Val(&exact) == 9007199254740992.0);
  REQUIRE_FALSE(exact);
  REQUIRE(lit("0.1").float64Val() == 0.1);
  REQUIRE(lit("1.7976931348623157e308").float64Val() == 1.7976931348623157e308);
  REQUIRE(std::isinf(lit("1.797693134862315808e308").float64Val()));
  REQUIRE(lit("3.4028235e38").float32Val() == 3.4028235e38f);
}

TEST_CASE("constant strings print like go/constant", "[constant]") {
  REQUIRE(Value::makeString("a\tb").toString() == "\"a\\tb\"");
  REQUIRE(lit("1.5").toString() == "1.5");
  REQUIRE(lit("100000000.0").toString() == "1e+08");
  REQUIRE(Value::fromLiteral("'a'", LitKind::Rune).toString() == "97");
  REQUIRE(Value::fromLiteral("\"\\xff\\u00e9\"", LitKind::String).stringVal() == "\xff\xc3\xa9");
}

TEST_CASE("malformed literals are Unknown, not garbage", "[constant]") {
  // Regression (fuzz): invalid bytes skipped by the lexer end up inside a literal.
  REQUIRE_FALSE(Value::fromLiteral("1e-\xff\xff" "70", LitKind::Float).known());
  REQUIRE_FALSE(Value::fromLiteral("12\xff" "3", LitKind::Int).known());
  REQUIRE_FALSE(Value::fromLiteral("1.\xff" "5", LitKind::Float).known());
  REQUIRE(Value::fromLiteral("0x_FF", LitKind::Int).toString() == "255");
}
