// Lexer: Go's tokens, automatic semicolons, literal forms and lexical errors.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "compiler/lexer.h"

using namespace goji;

namespace {

struct Lexed {
  std::vector<std::string> toks;
  std::vector<std::string> errors;
};

Lexed lex(std::string_view src) {
  Lexed out;
  Lexer l(src, [&](uint32_t line, uint32_t col, std::string_view msg) {
    out.errors.push_back(std::to_string(line) + ":" + std::to_string(col) + ": " + std::string(msg));
  });
  for (l.next(); l.tok != Tok::Eof; l.next()) {
    std::string t(tokenSpelling(l.tok));
    if (l.tok == Tok::Name || l.tok == Tok::Literal || l.tok == Tok::Semi) {
      t += ' ';
      t += l.lit;
    }
    if (l.tok == Tok::Operator || l.tok == Tok::AssignOp || l.tok == Tok::IncOp) {
      t += ' ';
      t += opSpelling(l.op);
    }
    out.toks.push_back(t);
  }
  return out;
}

}  // namespace

TEST_CASE("automatic semicolons follow Go's rules", "[lexer]") {
  Lexed l = lex("x++\nreturn\nf()\n}\n");
  REQUIRE(l.toks == std::vector<std::string>{"name x", "opop +", "; newline", "return", "; newline", "name f", "(",
                                             ")", "; newline", "}", "; newline"});
  // A multi-line comment acts like a newline after a name.
  REQUIRE(lex("a /*\n*/ b").toks == std::vector<std::string>{"name a", "; newline", "name b", "; EOF"});
  // No semicolon after an operator at the end of a line.
  REQUIRE(lex("a +\nb").toks == std::vector<std::string>{"name a", "op +", "name b", "; EOF"});
}

TEST_CASE("every literal form", "[lexer]") {
  for (const char* lit : {"0", "42", "0x_1F", "0o17", "017", "0b1010", "1_000_000", "1.5", ".5", "1.", "1e10", "1E-3",
                          "0x1p-2", "0x1.8p3", "'a'", "'\\n'", "'\\x41'", "'\\u00e9'", "'\\U0001F600'", "'\\377'",
                          "\"a\\tb\"", "`raw\nstring`", "1i"}) {
    Lexed l = lex(lit);
    INFO(lit);
    REQUIRE(l.errors.empty());
    REQUIRE(l.toks.size() == 2);
    REQUIRE(l.toks[0] == "literal " + std::string(lit));
  }
}

TEST_CASE("lexical errors carry Go's messages and positions", "[lexer]") {
  REQUIRE(lex("x := 0x").errors == std::vector<std::string>{"1:8: hexadecimal literal has no digits"});
  REQUIRE(lex("x := 09").errors == std::vector<std::string>{"1:7: invalid digit '9' in octal literal"});
  REQUIRE(lex("x := 1__0").errors == std::vector<std::string>{"1:8: '_' must separate successive digits"});
  REQUIRE(lex("x := 0x1.5").errors == std::vector<std::string>{"1:11: hexadecimal mantissa requires a 'p' exponent"});
  REQUIRE(lex("x := 'ab'").errors == std::vector<std::string>{"1:6: more than one character in rune literal"});
  REQUIRE(lex("x := \"abc").errors == std::vector<std::string>{"1:6: string not terminated"});
  REQUIRE(lex("x := '\\q'").errors == std::vector<std::string>{"1:8: unknown escape"});
  REQUIRE(lex("a @ b").errors == std::vector<std::string>{"1:3: invalid character U+0040 '@'"});
  REQUIRE(lex(std::string_view("a\0", 2)).errors == std::vector<std::string>{"1:2: invalid NUL character"});
  REQUIRE(lex("a\xff").errors == std::vector<std::string>{"1:2: invalid UTF-8 encoding"});
  REQUIRE(lex("/* x").errors == std::vector<std::string>{"1:1: comment not terminated"});
  REQUIRE(lex("'\\400'").errors == std::vector<std::string>{"1:6: octal escape value 256 > 255"});
}

TEST_CASE("identifiers may use Unicode letters", "[lexer]") {
  Lexed l = lex("héllo π日本");
  REQUIRE(l.errors.empty());
  REQUIRE(l.toks == std::vector<std::string>{"name héllo", "name π日本", "; EOF"});
  REQUIRE(lex("a€").errors == std::vector<std::string>{"1:2: invalid character U+20AC '€' in identifier"});
}
