// Lexer: Go's lexical grammar, a port of cmd/compile/internal/syntax's
// scanner so that tokens, automatic semicolons and lexical error messages and
// positions are exactly Go's.
//
// Invariants: after next(), `tok` describes the current token and (line, col)
// is its start. `lit` is a view into the source text, valid for the file's
// lifetime. Errors are reported through the handler at the position of the
// offending character; the lexer always makes progress, so any byte sequence
// terminates with EOF.
//
// Comments are skipped, except that directives — comments starting exactly
// with "//go:", "//line " or "/*line " — are passed to the directive handler
// (Go's scanner in `directives` mode).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

#include "compiler/token.h"

namespace goji {

class Lexer {
 public:
  using ErrorHandler = std::function<void(uint32_t line, uint32_t col, std::string_view msg)>;
  // Called with the position of the comment's first '/' and its whole text
  // ("//go:…" without the newline, or "/*line …*/").
  using DirectiveHandler = std::function<void(uint32_t line, uint32_t col, std::string_view text)>;

  Lexer(std::string_view src, ErrorHandler errh, DirectiveHandler directive = {});

  void next();

  // With the current token a '{', skips to its matching '}' scanning raw
  // bytes (strings, runes and comments are honoured but not validated) and
  // makes that '}' the current token. Returns false, changing nothing, if the
  // brace is unmatched. Only for trusted sources (the embedded stdlib).
  bool skipBraced();

  // Current token.
  uint32_t line = 0, col = 0;  // 1-based position of the token
  Tok tok = Tok::None;
  std::string_view lit;  // Name, Literal, or Semi ("semicolon", "newline", "EOF")
  bool bad = false;      // Literal had a lexical error
  LitKind kind = LitKind::Int;
  Op op = Op::None;  // Operator, Star, AssignOp, IncOp
  int prec = 0;
  bool blank = false;  // the line is blank up to the current token (or directive)

 private:
  void nextch();
  void error(std::string_view msg);                // at the current character
  void errorAt(int offset, std::string_view msg);  // relative to the token start
  std::pair<uint32_t, uint32_t> pos() const { return {line_ + 1, col_ + 1}; }
  std::string_view segment() const { return src_.substr(start_, r_ - chw_ - start_); }
  void setLit(LitKind k, bool ok);

  void ident();
  bool atIdentChar(bool first);
  int digits(int base, int* invalid);
  void number(bool seenPoint);
  void rune();
  void stdString();
  void rawString();
  void lineComment();
  void fullComment();
  bool atPrefix(std::string_view prefix) const { return src_.substr(r_ - chw_).starts_with(prefix); }
  void skipLine();
  bool skipComment();
  bool escape(int32_t quote);

  std::string_view src_;
  ErrorHandler errh_;
  DirectiveHandler directive_;
  size_t r_ = 0;       // read offset: next byte to decode
  size_t start_ = 0;   // start of the current segment
  uint32_t line_ = 0;  // 0-based position of ch_
  uint32_t col_ = 0;
  int32_t ch_ = ' ';  // most recently read character, -1 at EOF
  int chw_ = 0;       // its width in bytes
  bool nlsemi_ = false;
};

}  // namespace goji
