#include "compiler/parser.h"

#include <charconv>
#include <functional>
#include <vector>

#include "compiler/directives.h"
#include "compiler/lexer.h"

namespace goji {

namespace {

// Statement keywords: good synchronization points after a syntax error.
constexpr TokSet kStopSet = tokBit(Tok::Break) | tokBit(Tok::Const) | tokBit(Tok::Continue) | tokBit(Tok::Defer) |
                            tokBit(Tok::Fallthrough) | tokBit(Tok::For) | tokBit(Tok::Go) | tokBit(Tok::Goto) |
                            tokBit(Tok::If) | tokBit(Tok::Return) | tokBit(Tok::Select) | tokBit(Tok::Switch) |
                            tokBit(Tok::Type) | tokBit(Tok::Var);

std::string tokstring(Tok t) {
  switch (t) {
    case Tok::Comma: return "comma";
    case Tok::Semi: return "semicolon or newline";
    default: return std::string(tokenSpelling(t));
  }
}

class Parser {
 public:
  Parser(Arena& arena, FileSet& files, uint32_t file, DiagnosticSink& diags, bool skipBodies)
      : skipBodies_(skipBodies),
        arena_(arena),
        files_(files),
        file_(file),
        diags_(diags),
        pragmas_(files, diags),
        lex_(
            files.file(file).text,
            [this](uint32_t line, uint32_t col, std::string_view msg) {
              errorAt(Pos{file_, line, col}, std::string(msg));
            },
            [this](uint32_t line, uint32_t col, std::string_view text) { directive(line, col, text); }) {
    lex_.next();
  }

  File* fileOrNil();

 private:
  // ---- helpers ----
  template <typename T>
  T* node(Pos p) {
    T* n = arena_.make<T>();
    n->kind = T::kKind;
    n->pos = p;
    return n;
  }
  Pos pos() const { return Pos{file_, lex_.line, lex_.col}; }
  Tok tok() const { return lex_.tok; }
  void next() { lex_.next(); }

  bool got(Tok t) {
    if (tok() == t) {
      next();
      return true;
    }
    return false;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntaxError("expecting " + tokstring(t));
      advance({});
    }
  }
  bool gotAssign() {
    switch (tok()) {
      case Tok::Define:
        syntaxError("expecting =");
        [[fallthrough]];
      case Tok::Assign:
        next();
        return true;
      default:
        return false;
    }
  }

  void errorAt(Pos p, std::string msg) {
    errcnt_++;
    if (!first_) first_ = true;
    diags_.error(p, std::move(msg));
  }
  void error(std::string msg) { errorAt(pos(), std::move(msg)); }
  void syntaxError(const std::string& msg) { syntaxErrorAt(pos(), msg); }
  void syntaxErrorAt(Pos p, std::string msg);

  void advance(std::initializer_list<Tok> followlist);

  // ---- directives ----
  void directive(uint32_t line, uint32_t col, std::string_view text);
  void updateBase(Pos at, uint32_t tline, uint32_t tcol, std::string_view text);
  // The directives since the last take or clear, for the declaration being parsed.
  Pragma* takePragma() { return pragmas_.take(arena_); }
  // Called at the end of constructs that accept no directives.
  void clearPragma() { pragmas_.clear(); }

  // Nesting guard: counts recursive productions and left-deep chains.
  struct Nest {
    Parser& p;
    int n;
    Nest(Parser& parser, int count = 1) : p(parser), n(count) { p.enter(count); }
    ~Nest() { p.depth_ -= n; }
  };
  void enter(int count) {
    depth_ += count;
    if (depth_ > kMaxNesting && !tooDeep_) {
      tooDeep_ = true;
      errorAt(pos(), "not supported by goji: nesting deeper than " + std::to_string(kMaxNesting) + " levels");
    }
  }
  bool tooDeep() const { return depth_ > kMaxNesting; }

  // ---- declarations ----
  Pos list(const char* context, Tok sep, Tok close, const std::function<bool()>& f);
  void appendGroup(std::vector<Decl*>& list, Decl* (Parser::*f)(Group*));
  Decl* importDecl(Group* g);
  Decl* constDecl(Group* g);
  Decl* typeDecl(Group* g);
  Decl* varDecl(Group* g);
  FuncDecl* funcDeclOrNil();
  BlockStmt* funcBody();
  BlockStmt* skipBody();

  // ---- expressions ----
  Expr* expr() { return binaryExpr(nullptr, 0); }
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  CallStmt* callStmt();
  Expr* operand(bool keepParens);
  Expr* pexpr(Expr* x, bool keepParens);
  Expr* bareComplitexpr();
  CompositeLit* complitexpr();

  // ---- types ----
  Expr* type_();
  Expr* typeOrNil();
  Expr* typeInstance(Expr* typ);
  std::span<Field*> funcType(const char* context, FuncType** out);
  Expr* arrayType(Pos p, Expr* len);
  Expr* sliceType(Pos p);
  Expr* chanElem();
  StructType* structType();
  InterfaceType* interfaceType();
  std::span<Field*> funcResult();
  void addField(std::vector<Field*>& fields, std::vector<BasicLit*>& tags, Pos p, Name* name, Expr* typ,
                BasicLit* tag);
  void fieldDecl(std::vector<Field*>& fields, std::vector<BasicLit*>& tags);
  Expr* arrayOrTArgs();
  BasicLit* oliteral();
  Field* methodDecl();
  Field* embeddedElem(Field* f);
  Expr* embeddedTerm();
  Field* paramDeclOrNil(Name* name, Tok follow);
  std::span<Field*> paramList(Name* name, Expr* typ, Tok close, bool requireNames);
  BadExpr* badExpr() { return node<BadExpr>(pos()); }

  // ---- statements ----
  Stmt* simpleStmt(Expr* lhs, Tok keyword);
  RangeClause* newRangeClause(Expr* lhs, bool def);
  AssignStmt* newAssignStmt(Pos p, Op op, Expr* lhs, Expr* rhs);
  Stmt* labeledStmtOrNil(Name* label);
  BlockStmt* blockStmt(const char* context);
  DeclStmt* declStmt(Decl* (Parser::*f)(Group*));
  Stmt* forStmt();
  void header(Tok keyword, Stmt** init, Expr** cond, Stmt** post);
  IfStmt* ifStmt();
  SwitchStmt* switchStmt();
  SelectStmt* selectStmt();
  CaseClause* caseClause();
  CommClause* commClause();
  Stmt* stmtOrNil();
  std::span<Stmt*> stmtList();
  std::span<Expr*> argList(bool* hasDots);

  // ---- common ----
  Name* newName(Pos p, std::string_view v) {
    Name* n = node<Name>(p);
    n->value = v;
    return n;
  }
  Name* name();
  std::vector<Name*> nameList(Name* first);
  Expr* qualifiedName(Name* name);
  Expr* exprList();
  Expr* typeList(bool* comma);

  bool skipBodies_;
  Arena& arena_;
  FileSet& files_;
  uint32_t file_;
  DiagnosticSink& diags_;
  DirectiveCollector pragmas_;
  Lexer lex_;
  bool first_ = false;  // an error has been reported
  int errcnt_ = 0;
  int fnest_ = 0;  // function nesting level (for error handling)
  int xnest_ = 0;  // expression nesting level (for complit ambiguity resolution)
  int depth_ = 0;
  bool tooDeep_ = false;
};

// ---------------------------------------------------------------------------
// Error handling

void Parser::syntaxErrorAt(Pos p, std::string msg) {
  if (tok() == Tok::Eof && first_) return;  // avoid meaningless follow-up errors
  if (msg.empty()) {
  } else if (msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")) {
    msg = " " + msg;
  } else if (msg.starts_with("expecting ")) {
    msg = ", " + msg;
  } else {
    errorAt(p, "syntax error: " + msg);
    return;
  }
  std::string t;
  switch (tok()) {
    case Tok::Name:
    case Tok::Semi: t = std::string(lex_.lit); break;
    case Tok::Literal: t = "literal " + std::string(lex_.lit); break;
    case Tok::Operator: t = std::string(opSpelling(lex_.op)); break;
    case Tok::AssignOp: t = std::string(opSpelling(lex_.op)) + "="; break;
    case Tok::IncOp:
      t = std::string(opSpelling(lex_.op));
      t += t;
      break;
    default: t = tokstring(tok());
  }
  errorAt(p, "syntax error: unexpected " + t + msg);
}

// advance consumes tokens until it finds a token of the stop set (inside
// functions) or of followlist; with an empty followlist it consumes one token.
void Parser::advance(std::initializer_list<Tok> followlist) {
  TokSet followset = tokBit(Tok::Eof);
  if (followlist.size() > 0) {
    if (fnest_ > 0) followset |= kStopSet;
    for (Tok t : followlist) followset |= tokBit(t);
  }
  while (!contains(followset, tok())) {
    next();
    if (followlist.size() == 0) break;
  }
}

// ---------------------------------------------------------------------------
// Directives

namespace {

// The comment's text without "//" and a trailing '\r', or without "/*" and "*/".
std::string_view commentText(std::string_view s) {
  if (s[1] == '*') return s.substr(2, s.size() - 4);
  if (s.back() == '\r') s.remove_suffix(1);
  return s.substr(2);
}

// The largest line or column number a line directive may give (syntax.PosMax).
constexpr uint64_t kPosMax = uint64_t{1} << 30;

// Go's trailingDigits: the offset after text's last ':' (0 if none) and
// whether the rest is a decimal number n (strconv.ParseUint).
struct TrailingDigits {
  size_t i = 0;
  uint64_t n = 0;
  bool ok = false;
};
TrailingDigits trailingDigits(std::string_view text) {
  size_t colon = text.rfind(':');
  if (colon == std::string_view::npos) return {};
  TrailingDigits t;
  t.i = colon + 1;
  std::string_view digits = text.substr(t.i);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), t.n);
  t.ok = ec == std::errc() && end == digits.data() + digits.size();
  return t;
}

}  // namespace

// A comment holding a //line, /*line*/ or //go: directive (parser.go's scanner handler).
void Parser::directive(uint32_t line, uint32_t col, std::string_view msg) {
  std::string_view text = commentText(msg);
  // //line directives must start a line; /*line*/ ones may be anywhere.
  if ((col == 1 || msg[1] == '*') && text.starts_with("line ")) {
    // The directive applies from right after the comment (a //line comment includes its newline).
    Pos at = msg[1] == '/' ? Pos{file_, line + 1, 1} : Pos{file_, line, col + static_cast<uint32_t>(msg.size())};
    updateBase(at, line, col + 2 + 5, text.substr(5));
    return;
  }
  if (text.starts_with("go:")) pragmas_.directive(Pos{file_, line, col + 2}, lex_.blank, text);
}

// parser.go updateBase: text is the directive after "line ", at (tline, tcol).
void Parser::updateBase(Pos at, uint32_t tline, uint32_t tcol, std::string_view text) {
  TrailingDigits t = trailingDigits(text);
  if (t.i == 0) return;  // not a line directive
  auto textPos = [&](size_t i) { return Pos{file_, tline, tcol + static_cast<uint32_t>(i)}; };
  if (!t.ok) {
    errorAt(textPos(t.i), "invalid line number: " + std::string(text.substr(t.i)));
    return;
  }
  uint64_t line = t.n, col = 0;
  size_t i = t.i;
  TrailingDigits t2 = trailingDigits(text.substr(0, t.i - 1));
  if (t2.ok) {
    // //line filename:line:col
    i = t2.i;
    line = t2.n;
    col = t.n;
    if (col == 0 || col > kPosMax) {
      errorAt(textPos(t.i), "invalid column number: " + std::string(text.substr(t.i)));
      return;
    }
    text = text.substr(0, t.i - 1);
  }
  if (line == 0 || line > kPosMax) {
    errorAt(textPos(i), "invalid line number: " + std::string(text.substr(i)));
    return;
  }
  // With a column, an empty filename means the current one.
  std::string filename(text.substr(0, i - 1));
  if (filename.empty() && t2.ok) filename = files_.relative(at).filename;
  files_.addLineBase(file_, LineBase{at, std::move(filename), static_cast<uint32_t>(line), static_cast<uint32_t>(col)});
}

// ---------------------------------------------------------------------------
// Package files

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* Parser::fileOrNil() {
  File* f = node<File>(pos());
  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    return nullptr;
  }
  f->pragma = takePragma();
  f->pkgName = name();
  want(Tok::Semi);
  if (first_) return nullptr;

  std::vector<Decl*> decls;
  while (got(Tok::Import)) {
    appendGroup(decls, &Parser::importDecl);
    want(Tok::Semi);
  }
  while (tok() != Tok::Eof) {
    switch (tok()) {
      case Tok::Const:
        next();
        appendGroup(decls, &Parser::constDecl);
        break;
      case Tok::Type:
        next();
        appendGroup(decls, &Parser::typeDecl);
        break;
      case Tok::Var:
        next();
        appendGroup(decls, &Parser::varDecl);
        break;
      case Tok::Func:
        next();
        if (FuncDecl* d = funcDeclOrNil()) decls.push_back(d);
        break;
      default: {
        FuncDecl* last = decls.empty() ? nullptr : decls.back()->as<FuncDecl>();
        if (tok() == Tok::Lbrace && last && !last->body) {
          syntaxError("unexpected semicolon or newline before {");
        } else {
          syntaxError("non-declaration statement outside function body");
        }
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }
    // Before the ';' is consumed: comments before the next token may hold its directives.
    clearPragma();
    if (tok() != Tok::Eof && !got(Tok::Semi)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  clearPragma();
  f->eof = pos();
  f->decls = arena_.copy(decls);
  f->linknames = pragmas_.linknames(arena_);
  return f;
}

// ---------------------------------------------------------------------------
// Declarations

// list = [ f { sep f } [sep] ] close .
Pos Parser::list(const char* context, Tok sep, Tok close, const std::function<bool()>& f) {
  bool done = false;
  while (tok() != Tok::Eof && tok() != close && !done) {
    done = f();
    if (!got(sep) && tok() != close) {
      syntaxError(std::string("in ") + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      if (tok() != close) return pos();
    }
  }
  Pos p = pos();
  want(close);
  return p;
}

// appendGroup(f) = f | "(" { f ";" } ")" .
void Parser::appendGroup(std::vector<Decl*>& decls, Decl* (Parser::*f)(Group*)) {
  if (tok() == Tok::Lparen) {
    Group* g = arena_.make<Group>();
    clearPragma();
    next();  // after clearPragma: the '(' may be followed by directives for the first spec
    list("grouped declaration", Tok::Semi, Tok::Rparen, [&] {
      if (Decl* x = (this->*f)(g)) decls.push_back(x);
      return false;
    });
  } else if (Decl* x = (this->*f)(nullptr)) {
    decls.push_back(x);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Decl* Parser::importDecl(Group* g) {
  ImportDecl* d = node<ImportDecl>(pos());
  d->group = g;
  d->pragma = takePragma();
  switch (tok()) {
    case Tok::Name: d->localName = name(); break;
    case Tok::Dot:
      d->localName = newName(pos(), ".");
      next();
      break;
    default: break;
  }
  d->path = oliteral();
  if (!d->path) {
    syntaxError("missing import path");
    advance({Tok::Semi, Tok::Rparen});
    return d;
  }
  if (!d->path->bad && d->path->litKind != LitKind::String) {
    syntaxError("import path must be a string");
    d->path->bad = true;
  }
  return d;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Decl* Parser::constDecl(Group* g) {
  ConstDecl* d = node<ConstDecl>(pos());
  d->group = g;
  d->pragma = takePragma();
  d->names = arena_.copy(nameList(name()));
  if (tok() != Tok::Eof && tok() != Tok::Semi && tok() != Tok::Rparen) {
    d->typ = typeOrNil();
    if (gotAssign()) d->values = exprList();
  }
  return d;
}

namespace {

bool isTypeElem(Expr* x) {
  switch (x->kind) {
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::SliceType:
    case NodeKind::MapType:
    case NodeKind::ChanType: return true;
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(x);
      return isTypeElem(o->x) || (o->y && isTypeElem(o->y)) || o->op == Op::Tilde;
    }
    case NodeKind::ParenExpr: return isTypeElem(static_cast<ParenExpr*>(x)->x);
    default: return false;
  }
}

// extractName splits x into (name, expr) if x can be written as name expr
// (the start of a type parameter list), see Go's parser.
std::pair<Name*, Expr*> extractName(Arena& arena, Expr* x, bool force) {
  switch (x->kind) {
    case NodeKind::Name: return {static_cast<Name*>(x), nullptr};
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(x);
      if (!o->y) break;
      if (o->op == Op::Mul) {
        if (Name* n = o->x->as<Name>(); n && (force || isTypeElem(o->y))) {
          Operation* op = arena.make<Operation>(*o);
          op->x = o->y;
          op->y = nullptr;
          return {n, op};
        }
      } else if (o->op == Op::Or) {
        auto [n, lhs] = extractName(arena, o->x, force || isTypeElem(o->y));
        if (n && lhs) {
          Operation* op = arena.make<Operation>(*o);
          op->x = lhs;
          return {n, op};
        }
      }
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<CallExpr*>(x);
      if (Name* n = c->fun->as<Name>()) {
        if (c->args.size() == 1 && !c->hasDots && (force || isTypeElem(c->args[0]))) return {n, c->args[0]};
      }
      break;
    }
    default: break;
  }
  return {nullptr, x};
}

}  // namespace

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Decl* Parser::typeDecl(Group* g) {
  TypeDecl* d = node<TypeDecl>(pos());
  d->group = g;
  d->pragma = takePragma();
  d->name = name();
  d->typ = nullptr;
  if (tok() == Tok::Lbrack) {
    Pos p = pos();
    next();
    switch (tok()) {
      case Tok::Name: {
        Expr* x = name();
        if (tok() != Tok::Lbrack) {
          xnest_++;
          x = binaryExpr(pexpr(x, false), 0);
          xnest_--;
        }
        auto [pname, ptype] = extractName(arena_, x, tok() == Tok::Comma);
        if (pname && (ptype || tok() != Tok::Rbrack)) {
          d->tparams = paramList(pname, ptype, Tok::Rbrack, true);
          d->alias = gotAssign();
          d->typ = typeOrNil();
        } else {
          d->typ = arrayType(p, x);
        }
        break;
      }
      case Tok::Rbrack:
        next();
        d->typ = sliceType(p);
        break;
      default: d->typ = arrayType(p, nullptr);
    }
  } else {
    d->alias = gotAssign();
    d->typ = typeOrNil();
  }
  if (!d->typ) {
    d->typ = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semi, Tok::Rparen});
  }
  return d;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Decl* Parser::varDecl(Group* g) {
  VarDecl* d = node<VarDecl>(pos());
  d->group = g;
  d->pragma = takePragma();
  d->names = arena_.copy(nameList(name()));
  if (gotAssign()) {
    d->values = exprList();
  } else {
    d->typ = type_();
    if (gotAssign()) d->values = exprList();
  }
  return d;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
FuncDecl* Parser::funcDeclOrNil() {
  FuncDecl* f = node<FuncDecl>(pos());
  f->pragma = takePragma();
  if (got(Tok::Lparen)) {
    std::span<Field*> rcvr = paramList(nullptr, nullptr, Tok::Rparen, false);
    switch (rcvr.size()) {
      case 0: error("method has no receiver"); break;
      default: error("method has multiple receivers"); [[fallthrough]];
      case 1: f->recv = rcvr[0];
    }
  }
  if (tok() != Tok::Name) {
    syntaxError("expecting name or (");
    advance({Tok::Lbrace, Tok::Semi});
    return nullptr;
  }
  f->name = name();
  f->tparams = funcType(f->recv ? "method" : "", &f->typ);
  if (tok() == Tok::Lbrace) f->body = skipBodies_ ? skipBody() : funcBody();
  return f;
}

// Consumes a function body without building it: the braces are matched on
// tokens, so braces inside strings, runes and comments are not miscounted.
BlockStmt* Parser::skipBody() {
  BlockStmt* s = node<BlockStmt>(pos());
  if (!lex_.skipBraced()) return blockStmt("");
  s->rbrace = pos();
  next();
  return s;
}

BlockStmt* Parser::funcBody() {
  fnest_++;
  int errcnt = errcnt_;
  BlockStmt* body = blockStmt("");
  fnest_--;
  // Branches are checked only in bodies without syntax errors, as Go does.
  if (errcnt == errcnt_) checkBranches(body, files_, diags_);
  return body;
}

// ---------------------------------------------------------------------------
// Expressions

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binaryExpr(Expr* x, int prec) {
  Nest nest(*this);
  if (!x) x = unaryExpr();
  int chain = 0;
  while ((tok() == Tok::Operator || tok() == Tok::Star) && lex_.prec > prec && !tooDeep()) {
    enter(1);  // a left-deep chain nests as deeply as a right-deep one
    chain++;
    Operation* t = node<Operation>(pos());
    t->op = lex_.op;
    int tprec = lex_.prec;
    next();
    t->x = x;
    t->y = binaryExpr(nullptr, tprec);
    x = t;
  }
  depth_ -= chain;
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr() {
  Nest nest(*this);
  if (tooDeep()) {
    Expr* x = badExpr();
    advance({});
    return x;
  }
  switch (tok()) {
    case Tok::Operator:
    case Tok::Star:
      switch (lex_.op) {
        case Op::Mul:
        case Op::Add:
        case Op::Sub:
        case Op::Not:
        case Op::Xor:
        case Op::Tilde: {
          Operation* x = node<Operation>(pos());
          x->op = lex_.op;
          next();
          x->x = unaryExpr();
          return x;
        }
        case Op::And: {
          Operation* x = node<Operation>(pos());
          x->op = Op::And;
          next();
          // unaryExpr may have returned a parenthesized composite literal.
          x->x = unparen(unaryExpr());
          return x;
        }
        default: break;
      }
      break;
    case Tok::Arrow: {
      // receive op (<-x) or receive-only channel (<-chan E)
      Pos p = pos();
      next();
      Expr* x = unaryExpr();
      if (x->is<ChanType>()) {
        // Re-associate <- with the channel type parsed already.
        ChanDir dir = ChanDir::SendOnly;
        Expr* t = x;
        while (dir == ChanDir::SendOnly) {
          ChanType* c = t->as<ChanType>();
          if (!c) break;
          dir = c->dir;
          if (dir == ChanDir::RecvOnly) syntaxError("unexpected <-, expecting chan");
          c->dir = ChanDir::RecvOnly;
          t = c->elem;
        }
        if (dir == ChanDir::SendOnly) syntaxError("unexpected " + exprString(t) + ", expecting chan");
        return x;
      }
      Operation* o = node<Operation>(p);
      o->op = Op::Recv;
      o->x = x;
      return o;
    }
    default: break;
  }
  return pexpr(nullptr, true);
}

// callStmt parses call-like statements that can be preceded by 'defer' and 'go'.
CallStmt* Parser::callStmt() {
  CallStmt* s = node<CallStmt>(pos());
  s->tok = tok();
  next();
  Expr* x = pexpr(nullptr, tok() == Tok::Lparen);
  const char* kw = s->tok == Tok::Go ? "go" : "defer";
  if (Expr* t = unparen(x); t != x) {
    errorAt(x->pos, std::string("expression in ") + kw + " must not be parenthesized");
    x = t;
  }
  CallExpr* cx = x->as<CallExpr>();
  if (!cx) {
    errorAt(x->pos, std::string("expression in ") + kw + " must be function call");
    cx = node<CallExpr>(x->pos);
    cx->fun = x;
  }
  s->call = cx;
  return s;
}

// Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
Expr* Parser::operand(bool keepParens) {
  switch (tok()) {
    case Tok::Name: return name();
    case Tok::Literal: return oliteral();
    case Tok::Lparen: {
      Pos p = pos();
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(Tok::Rparen);
      // Parentheses are recorded only where error reporting needs them.
      if (tok() == Tok::Lbrace) keepParens = true;
      if (keepParens) {
        ParenExpr* px = node<ParenExpr>(p);
        px->x = x;
        x = px;
      }
      return x;
    }
    case Tok::Func: {
      Pos p = pos();
      next();
      FuncType* ftyp;
      funcType("function type", &ftyp);
      if (tok() == Tok::Lbrace) {
        xnest_++;
        FuncLit* f = node<FuncLit>(p);
        f->typ = ftyp;
        f->body = skipBodies_ ? skipBody() : funcBody();
        xnest_--;
        return f;
      }
      return ftyp;
    }
    case Tok::Lbrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface: return type_();
    default: {
      Expr* x = badExpr();
      syntaxError("expecting expression");
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      return x;
    }
  }
}

namespace {

// isValue reports whether x syntactically must be a value (not a type).
bool isValue(Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::AssertExpr:
    case NodeKind::TypeSwitchGuard:
    case NodeKind::CallExpr: return true;
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(x);
      return o->op != Op::Mul || o->y != nullptr;
    }
    case NodeKind::ParenExpr: return isValue(static_cast<ParenExpr*>(x)->x);
    case NodeKind::IndexExpr: {
      auto* i = static_cast<IndexExpr*>(x);
      return isValue(i->x) || isValue(i->index);
    }
    default: return false;
  }
}

}  // namespace

// PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
//               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
Expr* Parser::pexpr(Expr* x, bool keepParens) {
  Nest nest(*this);
  if (!x) x = operand(keepParens);
  int chain = 0;
  for (;;) {
    if (tooDeep()) break;
    enter(1);
    chain++;
    Pos p = pos();
    switch (tok()) {
      case Tok::Dot: {
        next();
        switch (tok()) {
          case Tok::Name: {
            SelectorExpr* t = node<SelectorExpr>(p);
            t->x = x;
            t->sel = name();
            x = t;
            break;
          }
          case Tok::Lparen: {
            next();
            if (got(Tok::Type)) {
              TypeSwitchGuard* t = node<TypeSwitchGuard>(p);
              t->x = x;
              x = t;
            } else {
              AssertExpr* t = node<AssertExpr>(p);
              t->x = x;
              t->typ = type_();
              x = t;
            }
            want(Tok::Rparen);
            break;
          }
          default:
            syntaxError("expecting name or (");
            advance({Tok::Semi, Tok::Rparen});
        }
        continue;
      }
      case Tok::Lbrack: {
        next();
        if (tok() == Tok::Rbrack) {
          syntaxError("expecting operand");
          next();
          continue;
        }
        Expr* i = nullptr;
        if (tok() != Tok::Colon) {
          bool comma;
          i = typeList(&comma);
          if (comma || tok() == Tok::Rbrack) {
            want(Tok::Rbrack);
            IndexExpr* t = node<IndexExpr>(p);
            t->x = x;
            t->index = i;
            x = t;
            continue;
          }
        }
        if (!got(Tok::Colon)) {
          syntaxError("expecting comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::Rbrack});
        }
        xnest_++;
        SliceExpr* t = node<SliceExpr>(p);
        t->x = x;
        t->index[0] = i;
        if (tok() != Tok::Colon && tok() != Tok::Rbrack) t->index[1] = expr();
        if (tok() == Tok::Colon) {
          t->full = true;
          if (!t->index[1]) {
            error("middle index required in 3-index slice");
            t->index[1] = badExpr();
          }
          next();
          if (tok() != Tok::Rbrack) {
            t->index[2] = expr();
          } else {
            error("final index required in 3-index slice");
            t->index[2] = badExpr();
          }
        }
        xnest_--;
        want(Tok::Rbrack);
        x = t;
        continue;
      }
      case Tok::Lparen: {
        CallExpr* t = node<CallExpr>(p);
        next();
        t->fun = x;
        t->args = argList(&t->hasDots);
        x = t;
        continue;
      }
      case Tok::Lbrace: {
        // operand may have returned a parenthesized complit type
        Expr* t = unparen(x);
        bool complitOk = false;
        switch (t->kind) {
          case NodeKind::Name:
          case NodeKind::SelectorExpr: complitOk = xnest_ >= 0; break;
          case NodeKind::IndexExpr: complitOk = xnest_ >= 0 && !isValue(t); break;
          case NodeKind::ArrayType:
          case NodeKind::SliceType:
          case NodeKind::StructType:
          case NodeKind::MapType: complitOk = true; break;
          default: break;
        }
        if (!complitOk) break;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        CompositeLit* n = nullptr;
        // Declarations-only parsing keeps a literal's type but not its
        // elements, except for [...]T whose length the elements decide.
        ArrayType* at = t->as<ArrayType>();
        if (skipBodies_ && !(at && !at->len)) {
          n = node<CompositeLit>(pos());
          if (lex_.skipBraced()) {
            n->rbrace = pos();
            next();
          } else {
            n = nullptr;
          }
        }
        if (!n) n = complitexpr();
        n->typ = x;
        x = n;
        continue;
      }
      default: break;
    }
    break;
  }
  depth_ -= chain;
  return x;
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitexpr() {
  if (tok() == Tok::Lbrace) return complitexpr();
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitexpr() {
  Nest nest(*this);
  CompositeLit* x = node<CompositeLit>(pos());
  std::vector<Expr*> elems;
  xnest_++;
  want(Tok::Lbrace);
  x->rbrace = list("composite literal", Tok::Comma, Tok::Rbrace, [&] {
    Expr* e = bareComplitexpr();
    if (tok() == Tok::Colon) {
      KeyValueExpr* l = node<KeyValueExpr>(pos());
      next();
      l->key = e;
      l->val = bareComplitexpr();
      e = l;
      x->nkeys++;
    }
    elems.push_back(e);
    return false;
  });
  xnest_--;
  x->elems = arena_.copy(elems);
  return x;
}

// ---------------------------------------------------------------------------
// Types

Expr* Parser::type_() {
  Expr* typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return typ;
}

// Type     = TypeName | TypeLit | "(" Type ")" .
// TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//            SliceType | MapType | ChannelType .
Expr* Parser::typeOrNil() {
  Nest nest(*this);
  if (tooDeep()) {
    Expr* x = badExpr();
    advance({});
    return x;
  }
  Pos p = pos();
  switch (tok()) {
    case Tok::Star: {
      next();
      Operation* o = node<Operation>(p);
      o->op = Op::Mul;
      o->x = type_();
      return o;
    }
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      ChanType* t = node<ChanType>(p);
      t->dir = ChanDir::RecvOnly;
      t->elem = chanElem();
      return t;
    }
    case Tok::Func: {
      next();
      FuncType* t;
      funcType("function type", &t);
      return t;
    }
    case Tok::Lbrack:
      next();
      if (got(Tok::Rbrack)) return sliceType(p);
      return arrayType(p, nullptr);
    case Tok::Chan: {
      next();
      ChanType* t = node<ChanType>(p);
      t->dir = got(Tok::Arrow) ? ChanDir::SendOnly : ChanDir::Both;
      t->elem = chanElem();
      return t;
    }
    case Tok::Map: {
      next();
      want(Tok::Lbrack);
      MapType* t = node<MapType>(p);
      t->key = type_();
      want(Tok::Rbrack);
      t->val = type_();
      return t;
    }
    case Tok::Struct: return structType();
    case Tok::Interface: return interfaceType();
    case Tok::Name: return qualifiedName(nullptr);
    case Tok::Lparen: {
      next();
      Expr* t = type_();
      want(Tok::Rparen);
      return t;
    }
    default: return nullptr;
  }
}

Expr* Parser::typeInstance(Expr* typ) {
  IndexExpr* x = node<IndexExpr>(pos());
  want(Tok::Lbrack);
  x->x = typ;
  if (tok() == Tok::Rbrack) {
    syntaxError("expecting type");
    x->index = badExpr();
  } else {
    bool comma;
    x->index = typeList(&comma);
  }
  want(Tok::Rbrack);
  return x;
}

// If context is non-empty, type parameters are not permitted.
std::span<Field*> Parser::funcType(const char* context, FuncType** out) {
  FuncType* typ = node<FuncType>(pos());
  std::span<Field*> tparams;
  if (got(Tok::Lbrack)) {
    if (*context) syntaxErrorAt(typ->pos, std::string(context) + " must have no type parameters");
    if (tok() == Tok::Rbrack) {
      syntaxError("empty type parameter list");
      next();
    } else {
      tparams = paramList(nullptr, nullptr, Tok::Rbrack, true);
    }
  }
  want(Tok::Lparen);
  typ->params = paramList(nullptr, nullptr, Tok::Rparen, false);
  typ->results = funcResult();
  *out = typ;
  return tparams;
}

// "[" has already been consumed, and p is its position.
// If len is non-nil it is the already consumed array length.
Expr* Parser::arrayType(Pos p, Expr* len) {
  if (!len && !got(Tok::DotDotDot)) {
    xnest_++;
    len = expr();
    xnest_--;
  }
  if (tok() == Tok::Comma) {
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::Rbrack);
  ArrayType* t = node<ArrayType>(p);
  t->len = len;
  t->elem = type_();
  return t;
}

Expr* Parser::sliceType(Pos p) {
  SliceType* t = node<SliceType>(p);
  t->elem = type_();
  return t;
}

Expr* Parser::chanElem() {
  Expr* typ = typeOrNil();
  if (!typ) {
    typ = badExpr();
    syntaxError("missing channel element type");
  }
  return typ;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  StructType* typ = node<StructType>(pos());
  want(Tok::Struct);
  want(Tok::Lbrace);
  std::vector<Field*> fields;
  std::vector<BasicLit*> tags;
  list("struct type", Tok::Semi, Tok::Rbrace, [&] {
    fieldDecl(fields, tags);
    return false;
  });
  typ->fields = arena_.copy(fields);
  typ->tags = arena_.copy(tags);
  return typ;
}

// InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem | TypeList ) ";" } "}" .
InterfaceType* Parser::interfaceType() {
  InterfaceType* typ = node<InterfaceType>(pos());
  want(Tok::Interface);
  want(Tok::Lbrace);
  std::vector<Field*> methods;
  list("interface type", Tok::Semi, Tok::Rbrace, [&] {
    Field* f = nullptr;
    if (tok() == Tok::Name) f = methodDecl();
    if (!f || !f->name) f = embeddedElem(f);
    methods.push_back(f);
    return false;
  });
  typ->methods = arena_.copy(methods);
  return typ;
}

// Result = Parameters | Type .
std::span<Field*> Parser::funcResult() {
  if (got(Tok::Lparen)) return paramList(nullptr, nullptr, Tok::Rparen, false);
  Pos p = pos();
  if (Expr* typ = typeOrNil()) {
    Field* f = node<Field>(p);
    f->typ = typ;
    return arena_.copy(std::vector<Field*>{f});
  }
  return {};
}

void Parser::addField(std::vector<Field*>& fields, std::vector<BasicLit*>& tags, Pos p, Name* name, Expr* typ,
                      BasicLit* tag) {
  if (tag) {
    while (tags.size() < fields.size()) tags.push_back(nullptr);
    tags.push_back(tag);
  }
  Field* f = node<Field>(p);
  f->name = name;
  f->typ = typ;
  fields.push_back(f);
}

// FieldDecl      = (IdentifierList Type | AnonymousField) [ Tag ] .
// AnonymousField = [ "*" ] TypeName .
// Tag            = string_lit .
void Parser::fieldDecl(std::vector<Field*>& fields, std::vector<BasicLit*>& tags) {
  Pos p = pos();
  auto indirect = [&](Pos ip, Expr* t) {
    Operation* o = node<Operation>(ip);
    o->op = Op::Mul;
    o->x = t;
    return o;
  };
  switch (tok()) {
    case Tok::Name: {
      Name* nm = name();
      if (tok() == Tok::Dot || tok() == Tok::Literal || tok() == Tok::Semi || tok() == Tok::Rbrace) {
        // embedded type
        Expr* typ = qualifiedName(nm);
        BasicLit* tag = oliteral();
        addField(fields, tags, p, nullptr, typ, tag);
        break;
      }
      std::vector<Name*> names = nameList(nm);
      Expr* typ;
      if (names.size() == 1 && tok() == Tok::Lbrack) {
        typ = arrayOrTArgs();
        if (IndexExpr* ix = typ->as<IndexExpr>()) {
          // embedded instantiated type T[P1, P2, ...]
          ix->x = nm;
          BasicLit* tag = oliteral();
          addField(fields, tags, p, nullptr, ix, tag);
          break;
        }
      } else {
        typ = type_();
      }
      BasicLit* tag = oliteral();
      for (Name* n : names) addField(fields, tags, n->pos, n, typ, tag);
      break;
    }
    case Tok::Star: {
      next();
      Expr* typ;
      if (tok() == Tok::Lparen) {
        syntaxError("cannot parenthesize embedded type");
        next();
        typ = qualifiedName(nullptr);
        got(Tok::Rparen);
      } else {
        typ = qualifiedName(nullptr);
      }
      BasicLit* tag = oliteral();
      addField(fields, tags, p, nullptr, indirect(p, typ), tag);
      break;
    }
    case Tok::Lparen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      Expr* typ;
      if (tok() == Tok::Star) {
        Pos sp = pos();
        next();
        typ = indirect(sp, qualifiedName(nullptr));
      } else {
        typ = qualifiedName(nullptr);
      }
      got(Tok::Rparen);
      BasicLit* tag = oliteral();
      addField(fields, tags, p, nullptr, typ, tag);
      break;
    }
    default:
      syntaxError("expecting field name or embedded type");
      advance({Tok::Semi, Tok::Rbrace});
  }
}

Expr* Parser::arrayOrTArgs() {
  Pos p = pos();
  want(Tok::Lbrack);
  if (got(Tok::Rbrack)) return sliceType(p);
  bool comma;
  Expr* n = typeList(&comma);
  want(Tok::Rbrack);
  if (!comma) {
    if (Expr* elem = typeOrNil()) {
      ArrayType* t = node<ArrayType>(p);
      t->len = n;
      t->elem = elem;
      return t;
    }
  }
  IndexExpr* t = node<IndexExpr>(p);
  t->x = nullptr;  // filled in by the caller
  t->index = n;
  return t;
}

BasicLit* Parser::oliteral() {
  if (tok() != Tok::Literal) return nullptr;
  BasicLit* b = node<BasicLit>(pos());
  b->value = lex_.lit;
  b->litKind = lex_.kind;
  b->bad = lex_.bad;
  next();
  return b;
}

// MethodSpec        = MethodName Signature | InterfaceTypeName .
// MethodName        = identifier .
// InterfaceTypeName = TypeName .
Field* Parser::methodDecl() {
  Field* f = node<Field>(pos());
  Name* nm = name();
  const char* context = "interface method";
  switch (tok()) {
    case Tok::Lparen: {
      f->name = nm;
      FuncType* ft;
      funcType(context, &ft);
      f->typ = ft;
      break;
    }
    case Tok::Lbrack: {
      Pos p = pos();
      next();
      if (tok() == Tok::Rbrack) {
        Pos rp = pos();
        next();
        if (tok() == Tok::Lparen) {
          errorAt(rp, "empty type parameter list");
          f->name = nm;
          FuncType* ft;
          funcType(context, &ft);
          f->typ = ft;
        } else {
          errorAt(rp, "empty type argument list");
          f->typ = nm;
        }
        break;
      }
      std::span<Field*> lst = paramList(nullptr, nullptr, Tok::Rbrack, false);
      if (lst.empty()) {
        if (tok() == Tok::Lparen) {
          f->name = nm;
          FuncType* ft;
          funcType(context, &ft);
          f->typ = ft;
        } else {
          f->typ = nm;
        }
        break;
      }
      if (lst[0]->name) {
        f->name = nm;
        FuncType* ft;
        funcType(context, &ft);
        f->typ = ft;
        errorAt(p, "interface method must have no type parameters");
        break;
      }
      IndexExpr* t = node<IndexExpr>(p);
      t->x = nm;
      if (lst.size() == 1) {
        t->index = lst[0]->typ;
      } else {
        ListExpr* l = node<ListExpr>(lst[0]->pos);
        std::vector<Expr*> elems;
        for (Field* e : lst) elems.push_back(e->typ);
        l->elems = arena_.copy(elems);
        t->index = l;
      }
      f->typ = t;
      break;
    }
    default: f->typ = qualifiedName(nm);
  }
  return f;
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embeddedElem(Field* f) {
  if (!f) {
    f = node<Field>(pos());
    f->typ = embeddedTerm();
  }
  while (tok() == Tok::Operator && lex_.op == Op::Or) {
    Operation* t = node<Operation>(pos());
    t->op = Op::Or;
    next();
    t->x = f->typ;
    t->y = embeddedTerm();
    f->typ = t;
  }
  return f;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embeddedTerm() {
  if (tok() == Tok::Operator && lex_.op == Op::Tilde) {
    Operation* t = node<Operation>(pos());
    t->op = Op::Tilde;
    next();
    t->x = type_();
    return t;
  }
  Expr* t = typeOrNil();
  if (!t) {
    t = badExpr();
    syntaxError("expecting ~ term or type");
    advance({Tok::Operator, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
Field* Parser::paramDeclOrNil(Name* nm, Tok follow) {
  bool typeSetsOk = follow == Tok::Rbrack;
  Pos p = pos();
  if (nm) {
    p = nm->pos;
  } else if (typeSetsOk && tok() == Tok::Operator && lex_.op == Op::Tilde) {
    return embeddedElem(nullptr);
  }
  Field* f = node<Field>(p);
  if (tok() == Tok::Name || nm) {
    if (!nm) nm = name();
    if (tok() == Tok::Lbrack) {
      f->typ = arrayOrTArgs();
      if (IndexExpr* ix = f->typ->as<IndexExpr>()) {
        ix->x = nm;
      } else {
        f->name = nm;
      }
      if (typeSetsOk && tok() == Tok::Operator && lex_.op == Op::Or) f = embeddedElem(f);
      return f;
    }
    if (tok() == Tok::Dot) {
      f->typ = qualifiedName(nm);
      if (typeSetsOk && tok() == Tok::Operator && lex_.op == Op::Or) f = embeddedElem(f);
      return f;
    }
    if (typeSetsOk && tok() == Tok::Operator && lex_.op == Op::Or) {
      f->typ = nm;
      return embeddedElem(f);
    }
    f->name = nm;
  }
  if (tok() == Tok::DotDotDot) {
    DotsType* t = node<DotsType>(pos());
    next();
    t->elem = typeOrNil();
    if (!t->elem) {
      t->elem = badExpr();
      syntaxError("... is missing type");
    }
    f->typ = t;
    return f;
  }
  if (typeSetsOk && tok() == Tok::Operator && lex_.op == Op::Tilde) {
    f->typ = embeddedElem(nullptr)->typ;
    return f;
  }
  f->typ = typeOrNil();
  if (typeSetsOk && tok() == Tok::Operator && lex_.op == Op::Or && f->typ) f = embeddedElem(f);
  if (f->name || f->typ) return f;
  syntaxError("expecting " + tokstring(follow));
  advance({Tok::Comma, follow});
  return nullptr;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
std::span<Field*> Parser::paramList(Name* nm, Expr* typ, Tok close, bool requireNames) {
  if (nm && typ && tok() == close) {
    next();
    Field* par = node<Field>(nm->pos);
    par->name = nm;
    par->typ = typ;
    return arena_.copy(std::vector<Field*>{par});
  }
  std::vector<Field*> lst;
  int named = 0, typed = 0;
  Pos end = list("parameter list", Tok::Comma, close, [&] {
    Field* par;
    if (typ) {
      par = node<Field>(nm->pos);
      par->name = nm;
      par->typ = typ;
    } else {
      par = paramDeclOrNil(nm, close);
    }
    nm = nullptr;
    typ = nullptr;
    if (par) {
      if (par->name && par->typ) named++;
      if (par->typ) typed++;
      lst.push_back(par);
    }
    return false;
  });
  if (lst.empty()) return {};
  if (named == 0 && !requireNames) {
    // all unnamed => found names are named types
    for (Field* par : lst) {
      if (par->name) {
        par->typ = par->name;
        par->name = nullptr;
      }
    }
  } else if (named != static_cast<int>(lst.size())) {
    // some named => all must have names and types
    Pos errPos;
    Expr* t = nullptr;
    for (int i = static_cast<int>(lst.size()) - 1; i >= 0; i--) {
      Field* par = lst[i];
      if (par->typ) {
        t = par->typ;
        if (!par->name) {
          errPos = startPos(t);
          par->name = newName(errPos, "_");
        }
      } else if (t) {
        par->typ = t;
      } else {
        errPos = par->name->pos;
        BadExpr* b = badExpr();
        b->pos = errPos;
        par->typ = b;
      }
    }
    if (errPos.known()) {
      std::string msg;
      if (requireNames) {
        if (named == typed) {
          errPos = end;
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(errPos, msg);
    }
  }
  return arena_.copy(lst);
}

// ---------------------------------------------------------------------------
// Statements

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
Stmt* Parser::simpleStmt(Expr* lhs, Tok keyword) {
  if (keyword == Tok::For && tok() == Tok::Range) return newRangeClause(nullptr, false);
  if (!lhs) lhs = exprList();
  if (!lhs->is<ListExpr>() && tok() != Tok::Assign && tok() != Tok::Define) {
    Pos p = pos();
    switch (tok()) {
      case Tok::AssignOp: {
        Op op = lex_.op;
        next();
        return newAssignStmt(p, op, lhs, expr());
      }
      case Tok::IncOp: {
        Op op = lex_.op;
        next();
        return newAssignStmt(p, op, lhs, nullptr);
      }
      case Tok::Arrow: {
        SendStmt* s = node<SendStmt>(p);
        next();
        s->chan = lhs;
        s->value = expr();
        return s;
      }
      default: {
        ExprStmt* s = node<ExprStmt>(lhs->pos);
        s->x = lhs;
        return s;
      }
    }
  }
  switch (tok()) {
    case Tok::Assign:
    case Tok::Define: {
      Pos p = pos();
      Op op = tok() == Tok::Define ? Op::Def : Op::None;
      next();
      if (keyword == Tok::For && tok() == Tok::Range) return newRangeClause(lhs, op == Op::Def);
      Expr* rhs = exprList();
      if (TypeSwitchGuard* x = rhs->as<TypeSwitchGuard>(); x && keyword == Tok::Switch && op == Op::Def) {
        if (Name* n = lhs->as<Name>()) {
          x->lhs = n;
          ExprStmt* s = node<ExprStmt>(x->pos);
          s->x = x;
          return s;
        }
      }
      return newAssignStmt(p, op, lhs, rhs);
    }
    default: {
      syntaxError("expecting := or = or comma");
      advance({Tok::Semi, Tok::Rbrace});
      if (ListExpr* x = lhs->as<ListExpr>()) lhs = x->elems[0];
      ExprStmt* s = node<ExprStmt>(lhs->pos);
      s->x = lhs;
      return s;
    }
  }
}

RangeClause* Parser::newRangeClause(Expr* lhs, bool def) {
  RangeClause* r = node<RangeClause>(pos());
  next();
  r->lhs = lhs;
  r->def = def;
  r->x = expr();
  return r;
}

AssignStmt* Parser::newAssignStmt(Pos p, Op op, Expr* lhs, Expr* rhs) {
  AssignStmt* a = node<AssignStmt>(p);
  a->op = op;
  a->lhs = lhs;
  a->rhs = rhs;
  return a;
}

Stmt* Parser::labeledStmtOrNil(Name* label) {
  LabeledStmt* s = node<LabeledStmt>(pos());
  s->label = label;
  want(Tok::Colon);
  if (tok() == Tok::Rbrace) {
    // Semicolons may be omitted before a '}': an empty statement.
    s->stmt = node<EmptyStmt>(pos());
    return s;
  }
  s->stmt = stmtOrNil();
  if (s->stmt) return s;
  syntaxErrorAt(s->pos, "missing statement after label");
  return nullptr;
}

// context must be non-empty unless we know that tok == Lbrace.
BlockStmt* Parser::blockStmt(const char* context) {
  Nest nest(*this);
  BlockStmt* s = node<BlockStmt>(pos());
  if (!got(Tok::Lbrace)) {
    syntaxError(std::string("expecting { after ") + context);
    advance({Tok::Name, Tok::Rbrace});
    s->rbrace = pos();
    if (got(Tok::Rbrace)) return s;
  }
  s->list = stmtList();
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

DeclStmt* Parser::declStmt(Decl* (Parser::*f)(Group*)) {
  DeclStmt* s = node<DeclStmt>(pos());
  next();
  std::vector<Decl*> decls;
  appendGroup(decls, f);
  s->decls = arena_.copy(decls);
  return s;
}

Stmt* Parser::forStmt() {
  ForStmt* s = node<ForStmt>(pos());
  header(Tok::For, &s->init, &s->cond, &s->post);
  s->body = blockStmt("for clause");
  return s;
}

void Parser::header(Tok keyword, Stmt** init, Expr** cond, Stmt** post) {
  want(keyword);
  if (tok() == Tok::Lbrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      *cond = badExpr();
    }
    return;
  }
  int outer = xnest_;
  xnest_ = -1;
  if (tok() != Tok::Semi) {
    // accept potential varDecl but complain
    if (got(Tok::Var)) syntaxError("var declaration not allowed in " + tokstring(keyword) + " initializer");
    *init = simpleStmt(nullptr, keyword);
    if ((*init)->is<RangeClause>()) {
      xnest_ = outer;
      return;
    }
  }
  Stmt* condStmt = nullptr;
  Pos semiPos;
  std::string_view semiLit;
  if (tok() != Tok::Lbrace) {
    if (tok() == Tok::Semi) {
      semiPos = pos();
      semiLit = lex_.lit;
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      want(Tok::Lbrace);
      if (tok() != Tok::Lbrace) advance({Tok::Lbrace, Tok::Rbrace});
    }
    if (keyword == Tok::For) {
      if (tok() != Tok::Semi) {
        if (tok() == Tok::Lbrace) {
          syntaxError("expecting for loop condition");
          goto done;
        }
        condStmt = simpleStmt(nullptr, Tok::None);
      }
      want(Tok::Semi);
      if (tok() != Tok::Lbrace) {
        *post = simpleStmt(nullptr, Tok::None);
        if (AssignStmt* a = (*post)->as<AssignStmt>(); a && a->op == Op::Def) {
          syntaxErrorAt(a->pos, "cannot declare in post statement of for loop");
        }
      }
    } else if (tok() != Tok::Lbrace) {
      condStmt = simpleStmt(nullptr, keyword);
    }
  } else {
    condStmt = *init;
    *init = nullptr;
  }

done:
  if (!condStmt) {
    if (keyword == Tok::If && semiPos.known()) {
      if (semiLit != "semicolon") {
        syntaxErrorAt(semiPos, "unexpected " + std::string(semiLit) + ", expecting { after if clause");
      } else {
        syntaxErrorAt(semiPos, "missing condition in if statement");
      }
      BadExpr* b = badExpr();
      b->pos = semiPos;
      *cond = b;
    }
  } else if (ExprStmt* es = condStmt->as<ExprStmt>()) {
    *cond = es->x;
  } else {
    // A common mistake is '=' instead of '==': say so explicitly.
    std::string str;
    AssignStmt* as = condStmt->as<AssignStmt>();
    if (as && as->op == Op::None) {
      str = "assignment (" + exprString(as->lhs) + ") = (" + exprString(as->rhs) + ")";
    } else {
      str = exprString(condStmt);
    }
    syntaxErrorAt(condStmt->pos, "cannot use " + str + " as value");
  }
  xnest_ = outer;
}

IfStmt* Parser::ifStmt() {
  Nest nest(*this);
  IfStmt* s = node<IfStmt>(pos());
  Stmt* post = nullptr;
  header(Tok::If, &s->init, &s->cond, &post);
  s->then = blockStmt("if clause");
  if (got(Tok::Else)) {
    switch (tok()) {
      case Tok::If: s->els = ifStmt(); break;
      case Tok::Lbrace: s->els = blockStmt(""); break;
      default:
        syntaxError("else must be followed by if or statement block");
        advance({Tok::Name, Tok::Rbrace});
    }
  }
  return s;
}

SwitchStmt* Parser::switchStmt() {
  SwitchStmt* s = node<SwitchStmt>(pos());
  Stmt* post = nullptr;
  header(Tok::Switch, &s->init, &s->tag, &post);
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  std::vector<CaseClause*> body;
  while (tok() != Tok::Eof && tok() != Tok::Rbrace) body.push_back(caseClause());
  s->body = arena_.copy(body);
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

SelectStmt* Parser::selectStmt() {
  SelectStmt* s = node<SelectStmt>(pos());
  want(Tok::Select);
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  std::vector<CommClause*> body;
  while (tok() != Tok::Eof && tok() != Tok::Rbrace) body.push_back(commClause());
  s->body = arena_.copy(body);
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

CaseClause* Parser::caseClause() {
  CaseClause* c = node<CaseClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->cases = exprList();
      break;
    case Tok::Default: next(); break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

CommClause* Parser::commClause() {
  CommClause* c = node<CommClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->comm = simpleStmt(nullptr, Tok::None);
      break;
    case Tok::Default: next(); break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
//             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
Stmt* Parser::stmtOrNil() {
  Nest nest(*this);
  if (tooDeep()) {
    advance({});
    return nullptr;
  }
  if (tok() == Tok::Name) {
    clearPragma();
    Expr* lhs = exprList();
    if (Name* label = lhs->as<Name>(); label && tok() == Tok::Colon) return labeledStmtOrNil(label);
    return simpleStmt(lhs, Tok::None);
  }
  switch (tok()) {
    case Tok::Var: return declStmt(&Parser::varDecl);
    case Tok::Const: return declStmt(&Parser::constDecl);
    case Tok::Type: return declStmt(&Parser::typeDecl);
    default: break;
  }
  clearPragma();
  switch (tok()) {
    case Tok::Lbrace: return blockStmt("");
    case Tok::Operator:
    case Tok::Star:
      switch (lex_.op) {
        case Op::Add:
        case Op::Sub:
        case Op::Mul:
        case Op::And:
        case Op::Xor:
        case Op::Not: return simpleStmt(nullptr, Tok::None);
        default: return nullptr;
      }
    case Tok::Literal:
    case Tok::Func:
    case Tok::Lparen:
    case Tok::Lbrack:
    case Tok::Struct:
    case Tok::Map:
    case Tok::Chan:
    case Tok::Interface:
    case Tok::Arrow: return simpleStmt(nullptr, Tok::None);
    case Tok::For: return forStmt();
    case Tok::Switch: return switchStmt();
    case Tok::Select: return selectStmt();
    case Tok::If: return ifStmt();
    case Tok::Fallthrough: {
      BranchStmt* s = node<BranchStmt>(pos());
      next();
      s->tok = Tok::Fallthrough;
      return s;
    }
    case Tok::Break:
    case Tok::Continue: {
      BranchStmt* s = node<BranchStmt>(pos());
      s->tok = tok();
      next();
      if (tok() == Tok::Name) s->label = name();
      return s;
    }
    case Tok::Go:
    case Tok::Defer: return callStmt();
    case Tok::Goto: {
      BranchStmt* s = node<BranchStmt>(pos());
      s->tok = Tok::Goto;
      next();
      s->label = name();
      return s;
    }
    case Tok::Return: {
      ReturnStmt* s = node<ReturnStmt>(pos());
      next();
      if (tok() != Tok::Semi && tok() != Tok::Rbrace) s->results = exprList();
      return s;
    }
    case Tok::Semi: return node<EmptyStmt>(pos());
    default: return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::span<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> l;
  while (tok() != Tok::Eof && tok() != Tok::Rbrace && tok() != Tok::Case && tok() != Tok::Default) {
    Stmt* s = stmtOrNil();
    clearPragma();
    if (!s) break;
    l.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semi) && tok() != Tok::Rbrace) {
      syntaxError("at end of statement");
      advance({Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default});
      got(Tok::Semi);
    }
  }
  return arena_.copy(l);
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
std::span<Expr*> Parser::argList(bool* hasDots) {
  std::vector<Expr*> l;
  xnest_++;
  list("argument list", Tok::Comma, Tok::Rparen, [&] {
    l.push_back(expr());
    *hasDots = got(Tok::DotDotDot);
    return *hasDots;
  });
  xnest_--;
  return arena_.copy(l);
}

// ---------------------------------------------------------------------------
// Common productions

Name* Parser::name() {
  if (tok() == Tok::Name) {
    Name* n = newName(pos(), lex_.lit);
    next();
    return n;
  }
  Name* n = newName(pos(), "_");
  syntaxError("expecting name");
  advance({});
  return n;
}

// IdentifierList = identifier { "," identifier } .
std::vector<Name*> Parser::nameList(Name* first) {
  std::vector<Name*> l{first};
  while (got(Tok::Comma)) l.push_back(name());
  return l;
}

Expr* Parser::qualifiedName(Name* nm) {
  Expr* x;
  if (nm) {
    x = nm;
  } else if (tok() == Tok::Name) {
    x = name();
  } else {
    x = newName(pos(), "_");
    syntaxError("expecting name");
    advance({Tok::Dot, Tok::Semi, Tok::Rbrace});
  }
  if (tok() == Tok::Dot) {
    SelectorExpr* s = node<SelectorExpr>(pos());
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok() == Tok::Lbrack) x = typeInstance(x);
  return x;
}

// ExpressionList = Expression { "," Expression } .
Expr* Parser::exprList() {
  Expr* x = expr();
  if (got(Tok::Comma)) {
    std::vector<Expr*> l{x, expr()};
    while (got(Tok::Comma)) l.push_back(expr());
    ListExpr* t = node<ListExpr>(x->pos);
    t->elems = arena_.copy(l);
    x = t;
  }
  return x;
}

// typeList = arg { "," arg } [ "," ] .
Expr* Parser::typeList(bool* comma) {
  *comma = false;
  xnest_++;
  Expr* x = expr();
  if (got(Tok::Comma)) {
    *comma = true;
    if (Expr* t = typeOrNil()) {
      std::vector<Expr*> l{x, t};
      while (got(Tok::Comma)) {
        t = typeOrNil();
        if (!t) break;
        l.push_back(t);
      }
      ListExpr* le = node<ListExpr>(x->pos);
      le->elems = arena_.copy(l);
      x = le;
    }
  }
  xnest_--;
  return x;
}

}  // namespace

File* parseFile(Arena& arena, FileSet& files, uint32_t fileIndex, DiagnosticSink& diags, bool skipBodies) {
  Parser p(arena, files, fileIndex, diags, skipBodies);
  return p.fileOrNil();
}

Expr* unparen(Expr* x) {
  while (ParenExpr* p = x->as<ParenExpr>()) x = p->x;
  return x;
}

}  // namespace goji
