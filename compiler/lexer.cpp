#include "compiler/lexer.h"

#include <cstdlib>
#include <string>

#include "compiler/unicode.h"

namespace goji {

namespace {

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
bool isLetterASCII(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// Index of the first invalid '_' separator in a number literal, or -1.
int invalidSep(std::string_view x) {
  int32_t x1 = ' ';
  int32_t d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int32_t p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

// Go's perfect hash for keywords (s has at least two bytes).
unsigned keywordHash(std::string_view s) {
  return (((static_cast<unsigned>(static_cast<unsigned char>(s[0])) << 4) ^ static_cast<unsigned char>(s[1])) +
          s.size()) &
         63;
}

struct KeywordTable {
  Tok slots[64] = {};
  KeywordTable() {
    for (int t = static_cast<int>(Tok::Break); t <= static_cast<int>(Tok::Var); t++) {
      unsigned h = keywordHash(tokenSpelling(static_cast<Tok>(t)));
      if (slots[h] != Tok::None) std::abort();  // the hash must stay perfect
      slots[h] = static_cast<Tok>(t);
    }
  }
};

Tok keyword(std::string_view s) {
  static const KeywordTable table;
  Tok t = table.slots[keywordHash(s)];
  return t != Tok::None && tokenSpelling(t) == s ? t : Tok::None;
}

}  // namespace

Lexer::Lexer(std::string_view src, ErrorHandler errh, DirectiveHandler directive)
    : src_(src), errh_(std::move(errh)), directive_(std::move(directive)) {}

void Lexer::error(std::string_view msg) {
  auto [l, c] = pos();
  errh_(l, c, msg);
}

void Lexer::errorAt(int offset, std::string_view msg) { errh_(line, col + offset, msg); }

void Lexer::nextch() {
redo:
  col_ += chw_;
  if (ch_ == '\n') {
    line_++;
    col_ = 0;
  }
  if (r_ >= src_.size()) {
    ch_ = -1;
    chw_ = 0;
    return;
  }
  unsigned char b = src_[r_];
  if (b < unicode::kRuneSelf) {
    ch_ = b;
    chw_ = 1;
    r_++;
    if (b == 0) {
      error("invalid NUL character");
      goto redo;
    }
    return;
  }
  unicode::Decoded d = unicode::decodeRune(src_.substr(r_));
  ch_ = d.rune;
  chw_ = d.width;
  r_ += d.width;
  if (ch_ == unicode::kRuneError && chw_ == 1) {
    error("invalid UTF-8 encoding");
    goto redo;
  }
  if (ch_ == 0xFEFF) {
    if (line_ > 0 || col_ > 0) error("invalid BOM in the middle of the file");
    goto redo;
  }
}

void Lexer::setLit(LitKind k, bool ok) {
  nlsemi_ = true;
  tok = Tok::Literal;
  lit = segment();
  bad = !ok;
  kind = k;
}

void Lexer::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;

redo:
  auto [startLine, startCol] = pos();
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

  std::tie(line, col) = pos();
  blank = line > startLine || startCol == 1;
  start_ = r_ - chw_;
  if (isLetterASCII(ch_) || (ch_ >= unicode::kRuneSelf && atIdentChar(true))) {
    nextch();
    ident();
    return;
  }

  auto assignop = [&] {
    if (ch_ == '=') {
      nextch();
      tok = Tok::AssignOp;
      return;
    }
    tok = Tok::Operator;
  };

  switch (ch_) {
    case -1:
      if (nlsemi) {
        lit = "EOF";
        tok = Tok::Semi;
        break;
      }
      tok = Tok::Eof;
      break;
    case '\n':
      nextch();
      lit = "newline";
      tok = Tok::Semi;
      break;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      number(false);
      break;
    case '"': stdString(); break;
    case '`': rawString(); break;
    case '\'': rune(); break;
    case '(': nextch(); tok = Tok::Lparen; break;
    case '[': nextch(); tok = Tok::Lbrack; break;
    case '{': nextch(); tok = Tok::Lbrace; break;
    case ',': nextch(); tok = Tok::Comma; break;
    case ';':
      nextch();
      lit = "semicolon";
      tok = Tok::Semi;
      break;
    case ')': nextch(); nlsemi_ = true; tok = Tok::Rparen; break;
    case ']': nextch(); nlsemi_ = true; tok = Tok::Rbrack; break;
    case '}': nextch(); nlsemi_ = true; tok = Tok::Rbrace; break;
    case ':':
      nextch();
      if (ch_ == '=') {
        nextch();
        tok = Tok::Define;
        break;
      }
      tok = Tok::Colon;
      break;
    case '.':
      nextch();
      if (isDecimal(ch_)) {
        number(true);
        break;
      }
      if (ch_ == '.' && r_ < src_.size() && src_[r_] == '.') {
        nextch();
        nextch();
        tok = Tok::DotDotDot;
        break;
      }
      if (ch_ == '.' && r_ < src_.size() && src_[r_] == '\n') {
        // Go's scanner reads ahead here and rewinds (source.rewind), which
        // counts the newline early: from the second '.' on, it places
        // everything one line further down, and so does goji.
        line_++;
        col_ = 1;
      }
      tok = Tok::Dot;
      break;
    case '+':
      nextch();
      op = Op::Add;
      prec = 4;
      if (ch_ != '+') {
        assignop();
        break;
      }
      nextch();
      nlsemi_ = true;
      tok = Tok::IncOp;
      break;
    case '-':
      nextch();
      op = Op::Sub;
      prec = 4;
      if (ch_ != '-') {
        assignop();
        break;
      }
      nextch();
      nlsemi_ = true;
      tok = Tok::IncOp;
      break;
    case '*':
      nextch();
      op = Op::Mul;
      prec = 5;
      if (ch_ == '=') {
        nextch();
        tok = Tok::AssignOp;
        break;
      }
      tok = Tok::Star;
      break;
    case '/':
      nextch();
      if (ch_ == '/') {
        nextch();
        lineComment();
        goto redo;
      }
      if (ch_ == '*') {
        nextch();
        fullComment();
        if (pos().first > line && nlsemi) {
          // A multi-line comment acts like a newline.
          lit = "newline";
          tok = Tok::Semi;
          break;
        }
        goto redo;
      }
      op = Op::Div;
      prec = 5;
      assignop();
      break;
    case '%':
      nextch();
      op = Op::Rem;
      prec = 5;
      assignop();
      break;
    case '&':
      nextch();
      if (ch_ == '&') {
        nextch();
        op = Op::AndAnd;
        prec = 2;
        tok = Tok::Operator;
        break;
      }
      op = Op::And;
      prec = 5;
      if (ch_ == '^') {
        nextch();
        op = Op::AndNot;
      }
      assignop();
      break;
    case '|':
      nextch();
      if (ch_ == '|') {
        nextch();
        op = Op::OrOr;
        prec = 1;
        tok = Tok::Operator;
        break;
      }
      op = Op::Or;
      prec = 4;
      assignop();
      break;
    case '^':
      nextch();
      op = Op::Xor;
      prec = 4;
      assignop();
      break;
    case '<':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Op::Leq;
        prec = 3;
        tok = Tok::Operator;
        break;
      }
      if (ch_ == '<') {
        nextch();
        op = Op::Shl;
        prec = 5;
        assignop();
        break;
      }
      if (ch_ == '-') {
        nextch();
        tok = Tok::Arrow;
        break;
      }
      op = Op::Lss;
      prec = 3;
      tok = Tok::Operator;
      break;
    case '>':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Op::Geq;
        prec = 3;
        tok = Tok::Operator;
        break;
      }
      if (ch_ == '>') {
        nextch();
        op = Op::Shr;
        prec = 5;
        assignop();
        break;
      }
      op = Op::Gtr;
      prec = 3;
      tok = Tok::Operator;
      break;
    case '=':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Op::Eql;
        prec = 3;
        tok = Tok::Operator;
        break;
      }
      tok = Tok::Assign;
      break;
    case '!':
      nextch();
      if (ch_ == '=') {
        nextch();
        op = Op::Neq;
        prec = 3;
        tok = Tok::Operator;
        break;
      }
      op = Op::Not;
      prec = 0;
      tok = Tok::Operator;
      break;
    case '~':
      nextch();
      op = Op::Tilde;
      prec = 0;
      tok = Tok::Operator;
      break;
    default:
      error("invalid character " + unicode::formatRuneU(ch_));
      nextch();
      goto redo;
  }
}

bool Lexer::skipBraced() {
  if (tok != Tok::Lbrace || ch_ < 0) return false;
  size_t i = r_ - chw_;
  uint32_t line = line_, col = col_;  // 0-based position of src_[i]
  int depth = 1;
  auto quoted = [&](char q) {  // src_[i] is the opening quote
    i++;
    col++;
    while (i < src_.size() && src_[i] != q) {
      if (src_[i] == '\\' && q != '`') {
        i++;
        col++;
      }
      if (i < src_.size() && src_[i] == '\n') {
        if (q != '`') return false;
        line++;
        col = 0;
        i++;
        continue;
      }
      i++;
      col++;
    }
    return i < src_.size();
  };
  while (i < src_.size()) {
    char c = src_[i];
    if (c == '\n') {
      line++;
      col = 0;
      i++;
      continue;
    }
    if (c == '{') {
      depth++;
    } else if (c == '}') {
      if (--depth == 0) break;
    } else if (c == '"' || c == '\'' || c == '`') {
      if (!quoted(c)) return false;
    } else if (c == '/' && i + 1 < src_.size() && src_[i + 1] == '/') {
      while (i < src_.size() && src_[i] != '\n') {
        i++;
        col++;
      }
      continue;
    } else if (c == '/' && i + 1 < src_.size() && src_[i + 1] == '*') {
      i += 2;
      col += 2;
      while (i + 1 < src_.size() && !(src_[i] == '*' && src_[i + 1] == '/')) {
        if (src_[i] == '\n') {
          line++;
          col = 0;
        } else {
          col++;
        }
        i++;
      }
      if (i + 1 >= src_.size()) return false;
      i++;
      col++;
    }
    i++;
    col++;
  }
  if (depth != 0) return false;
  // src_[i] is the matching '}': make it the current token and character.
  ch_ = '}';
  chw_ = 1;
  r_ = i + 1;
  line_ = line;
  col_ = col;
  line = line_ + 1;
  this->line = line;
  this->col = col_ + 1;
  tok = Tok::Rbrace;
  nextch();
  nlsemi_ = true;
  return true;
}

void Lexer::ident() {
  while (isLetterASCII(ch_) || isDecimal(ch_)) nextch();
  if (ch_ >= unicode::kRuneSelf) {
    while (atIdentChar(false)) nextch();
  }
  std::string_view s = segment();
  if (s.size() >= 2) {
    Tok t = keyword(s);
    if (t != Tok::None) {
      nlsemi_ = t == Tok::Break || t == Tok::Continue || t == Tok::Fallthrough || t == Tok::Return;
      tok = t;
      return;
    }
  }
  nlsemi_ = true;
  lit = s;
  tok = Tok::Name;
}

bool Lexer::atIdentChar(bool first) {
  if (ch_ < 0) return false;
  if (unicode::isLetter(ch_) || ch_ == '_') return true;
  if (unicode::isDigit(ch_)) {
    if (first) error("identifier cannot begin with digit " + unicode::formatRuneU(ch_));
    return true;
  }
  if (ch_ >= unicode::kRuneSelf) {
    error("invalid character " + unicode::formatRuneU(ch_) + " in identifier");
    return true;
  }
  return false;
}

int Lexer::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid && *invalid < 0) {
        *invalid = static_cast<int>(pos().second - col);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

void Lexer::number(bool seenPoint) {
  bool ok = true;
  LitKind k = LitKind::Int;
  int base = 10;
  int32_t prefix = 0;
  int digsep = 0;
  int invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x': nextch(); base = 16; prefix = 'x'; break;
        case 'o': nextch(); base = 8; prefix = 'o'; break;
        case 'b': nextch(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1;
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }
  if (seenPoint) {
    k = LitKind::Float;
    digsep |= digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    error(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }
  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error(unicode::quoteRune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error(unicode::quoteRune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    k = LitKind::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      error("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && k == LitKind::Float && ok) {
    error("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (ch_ == 'i') {
    k = LitKind::Imag;
    nextch();
  }
  setLit(k, ok);
  if (k == LitKind::Int && invalid >= 0 && ok) {
    errorAt(invalid, "invalid digit " + unicode::quoteRune(static_cast<unsigned char>(lit[invalid])) + " in " +
                         baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int i = invalidSep(lit);
    if (i >= 0) {
      errorAt(i, "'_' must separate successive digits");
      ok = false;
    }
  }
  bad = !ok;
}

void Lexer::rune() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          error("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        error("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        errorAt(0, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  setLit(LitKind::Rune, ok);
}

void Lexer::stdString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      error("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      errorAt(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(LitKind::String, ok);
}

void Lexer::rawString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      errorAt(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(LitKind::String, ok);
}

// The opening "//" has been consumed.
void Lexer::lineComment() {
  if (directive_ && ((ch_ == 'g' && atPrefix("go:")) || (ch_ == 'l' && atPrefix("line ")))) {
    skipLine();
    directive_(line, col, segment());
    return;
  }
  skipLine();
}

// The opening "/*" has been consumed.
void Lexer::fullComment() {
  if (directive_ && ch_ == 'l' && atPrefix("line ")) {
    if (skipComment()) directive_(line, col, segment());
    return;
  }
  skipComment();
}

void Lexer::skipLine() {
  // Leaves '\n' unconsumed: the newline decides about an automatic semicolon.
  while (ch_ >= 0 && ch_ != '\n') {
    // Fast path over plain ASCII; nextch handles everything it must diagnose.
    size_t n = 0;
    while (r_ + n < src_.size()) {
      unsigned char b = src_[r_ + n];
      if (b == '\n' || b == 0 || b >= unicode::kRuneSelf) break;
      n++;
    }
    if (n > 0) {
      col_ += chw_ + static_cast<uint32_t>(n) - 1;
      r_ += n;
      ch_ = static_cast<unsigned char>(src_[r_ - 1]);
      chw_ = 1;
    }
    nextch();
  }
}

bool Lexer::skipComment() {
  while (ch_ >= 0) {
    // Fast path over plain ASCII other than '*' and newlines.
    if (ch_ != '*' && ch_ != '\n') {
      size_t n = 0;
      while (r_ + n < src_.size()) {
        unsigned char b = src_[r_ + n];
        if (b == '*' || b == '\n' || b == 0 || b >= unicode::kRuneSelf) break;
        n++;
      }
      if (n > 0) {
        col_ += chw_ + static_cast<uint32_t>(n) - 1;
        r_ += n;
        ch_ = static_cast<unsigned char>(src_[r_ - 1]);
        chw_ = 1;
      }
    }
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  errorAt(0, "comment not terminated");
  return false;
}

bool Lexer::escape(int32_t quote) {
  int n;
  uint32_t base, max;
  switch (ch_) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      nextch();
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3; base = 8; max = 255;
      break;
    case 'x': nextch(); n = 2; base = 16; max = 255; break;
    case 'u': nextch(); n = 4; base = 16; max = unicode::kMaxRune; break;
    case 'U': nextch(); n = 8; base = 16; max = unicode::kMaxRune; break;
    default:
      if (ch_ == quote) {
        nextch();
        return true;
      }
      if (ch_ < 0) return true;  // the caller complains about EOF
      error("unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0) return true;
    uint32_t d = base;
    if (isDecimal(ch_)) {
      d = ch_ - '0';
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = lower(ch_) - 'a' + 10;
    }
    if (d >= base) {
      error("invalid character " + unicode::quoteRune(ch_) + " in " + baseName(base) + " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    error("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    error("escape is invalid Unicode code point " + unicode::formatRuneU(static_cast<int32_t>(x)));
    return false;
  }
  return true;
}

std::string_view tokenSpelling(Tok t) {
  switch (t) {
#define GOJI_TOKEN(name, spelling) \
  case Tok::name: return spelling;
#include "compiler/token.def"
#undef GOJI_TOKEN
    default: return "?";
  }
}

std::string_view opSpelling(Op op) {
  switch (op) {
#define GOJI_OPERATOR(name, spelling, prec) \
  case Op::name: return spelling;
#include "compiler/operator.def"
#undef GOJI_OPERATOR
    default: return "?";
  }
}

int opPrecedence(Op op) {
  switch (op) {
#define GOJI_OPERATOR(name, spelling, prec) \
  case Op::name: return prec;
#include "compiler/operator.def"
#undef GOJI_OPERATOR
    default: return 0;
  }
}

}  // namespace goji
