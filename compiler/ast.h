// The abstract syntax tree, shaped after Go's syntax package (nodes.go) so
// that positions and the parser's error recovery match Go's compiler.
//
// Nodes live in an Arena and are trivially destructible: lists are spans of
// arena memory and names/literals are views into the source text. Every node
// has an exact position (the position Go's syntax package gives it). The type
// checker annotates expressions in place (type, constant value, object).
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "compiler/source.h"
#include "compiler/token.h"

namespace goji {

enum class NodeKind : uint8_t {
#define GOJI_NODE(name) name,
#define GOJI_DECL(name) name,
#define GOJI_EXPR(name) name,
#define GOJI_STMT(name) name,
#include "compiler/ast.def"
#undef GOJI_NODE
#undef GOJI_DECL
#undef GOJI_EXPR
#undef GOJI_STMT
};

struct Type;
struct Object;
struct Selection;
class Value;

struct Node {
  NodeKind kind;
  Pos pos;

  template <typename T>
  bool is() const { return kind == T::kKind; }
  template <typename T>
  T* as() { return kind == T::kKind ? static_cast<T*>(this) : nullptr; }
  template <typename T>
  const T* as() const { return kind == T::kKind ? static_cast<const T*>(this) : nullptr; }
};

// What the checker learned about an expression (types2's TypeAndValue).
enum class OperandMode : uint8_t {
  Invalid,   // operand is invalid
  NoValue,   // operand represents no value (result of a function call w/o result)
  Builtin,   // operand is a built-in function
  TypeExpr,  // operand is a type
  Constant,  // operand is a constant; the operand's typ is a Basic type
  Variable,  // operand is an addressable variable
  MapIndex,  // operand is a map index expression (acts like a variable on lhs, commaok on rhs)
  Value,     // operand is a computed value
  NilValue,  // operand is the nil value
  CommaOk,   // like value, but operand may be used in a comma,ok expression
  CommaErr,  // like commaok, but second value is error, not boolean
};

struct Expr : Node {
  Type* type = nullptr;          // set by the checker
  const Value* value = nullptr;  // constant value, when mode == Constant
  OperandMode mode = OperandMode::Invalid;
};
struct Stmt : Node {};
struct Decl : Node {};

#define GOJI_KIND(name) static constexpr NodeKind kKind = NodeKind::name

struct Field;
struct BlockStmt;
struct FuncType;

// The compiler directives (//go:…) written before a declaration or the
// package clause, as the parser hands them on (noder's pragmas): the
// PragmaFlag bits they set (directives.h), each directive's bits and
// position, and the positions of //go:embed directives.
struct PragmaPos {
  uint32_t flag;
  Pos pos;
};
struct Pragma {
  uint32_t flag = 0;
  std::span<PragmaPos> flags;
  std::span<Pos> embeds;
};

// A Group identifies declarations of one parenthesized group (for iota and
// implicit repetition of constant specs).
struct Group {
  int unused;
};

struct Name : Expr {
  GOJI_KIND(Name);
  std::string_view value;
  Object* obj = nullptr;  // the object it declares or denotes
};

struct BadExpr : Expr { GOJI_KIND(BadExpr); };

struct BasicLit : Expr {
  GOJI_KIND(BasicLit);
  std::string_view value;
  LitKind litKind;
  bool bad;
};

struct CompositeLit : Expr {
  GOJI_KIND(CompositeLit);
  Expr* typ = nullptr;  // nil means no literal type
  std::span<Expr*> elems;
  int nkeys = 0;
  Pos rbrace;
};

struct KeyValueExpr : Expr {
  GOJI_KIND(KeyValueExpr);
  Expr* key;
  Expr* val;
};

struct FuncLit : Expr {
  GOJI_KIND(FuncLit);
  FuncType* typ;
  BlockStmt* body;
};

struct ParenExpr : Expr {
  GOJI_KIND(ParenExpr);
  Expr* x;
};

struct SelectorExpr : Expr {
  GOJI_KIND(SelectorExpr);
  Expr* x;
  Name* sel;
  Selection* selection = nullptr;
};

struct IndexExpr : Expr {
  GOJI_KIND(IndexExpr);
  Expr* x;
  Expr* index;  // a ListExpr for instantiations with several arguments
};

struct SliceExpr : Expr {
  GOJI_KIND(SliceExpr);
  Expr* x;
  Expr* index[3] = {nullptr, nullptr, nullptr};
  bool full = false;  // 3-index slice
};

struct AssertExpr : Expr {
  GOJI_KIND(AssertExpr);
  Expr* x;
  Expr* typ;
};

struct TypeSwitchGuard : Expr {
  GOJI_KIND(TypeSwitchGuard);
  Name* lhs = nullptr;  // nil means no lhs :=
  Expr* x;
};

struct Operation : Expr {
  GOJI_KIND(Operation);
  Op op;
  Expr* x;
  Expr* y = nullptr;  // nil means unary expression
};

struct CallExpr : Expr {
  GOJI_KIND(CallExpr);
  Expr* fun;
  std::span<Expr*> args;
  bool hasDots = false;
};

struct ListExpr : Expr {
  GOJI_KIND(ListExpr);
  std::span<Expr*> elems;
};

struct ArrayType : Expr {
  GOJI_KIND(ArrayType);
  Expr* len;  // nil means [...]
  Expr* elem;
};

struct SliceType : Expr {
  GOJI_KIND(SliceType);
  Expr* elem;
};

struct DotsType : Expr {
  GOJI_KIND(DotsType);
  Expr* elem;
};

struct Field : Node {
  GOJI_KIND(Field);
  Name* name = nullptr;  // nil: anonymous parameter, embedded field or embedded interface element
  Expr* typ = nullptr;   // fields declared in one list share the same typ pointer
};

struct StructType : Expr {
  GOJI_KIND(StructType);
  std::span<Field*> fields;
  std::span<BasicLit*> tags;  // i >= tags.size() || tags[i] == nil means no tag
};

struct InterfaceType : Expr {
  GOJI_KIND(InterfaceType);
  std::span<Field*> methods;
};

struct FuncType : Expr {
  GOJI_KIND(FuncType);
  std::span<Field*> params;
  std::span<Field*> results;
};

struct MapType : Expr {
  GOJI_KIND(MapType);
  Expr* key;
  Expr* val;
};

enum class ChanDir : uint8_t { Both, SendOnly, RecvOnly };

struct ChanType : Expr {
  GOJI_KIND(ChanType);
  ChanDir dir;
  Expr* elem;
};

// Declarations

struct ImportDecl : Decl {
  GOJI_KIND(ImportDecl);
  Group* group = nullptr;
  Pragma* pragma = nullptr;
  Name* localName = nullptr;  // including "."; nil means no rename
  BasicLit* path = nullptr;   // nil means no path
};

struct ConstDecl : Decl {
  GOJI_KIND(ConstDecl);
  Group* group = nullptr;
  Pragma* pragma = nullptr;
  std::span<Name*> names;
  Expr* typ = nullptr;     // nil means no type
  Expr* values = nullptr;  // nil means no values
};

struct TypeDecl : Decl {
  GOJI_KIND(TypeDecl);
  Group* group = nullptr;
  Pragma* pragma = nullptr;
  Name* name;
  std::span<Field*> tparams;
  bool alias = false;
  Expr* typ;
};

struct VarDecl : Decl {
  GOJI_KIND(VarDecl);
  Group* group = nullptr;
  Pragma* pragma = nullptr;
  std::span<Name*> names;
  Expr* typ = nullptr;
  Expr* values = nullptr;
};

struct FuncDecl : Decl {
  GOJI_KIND(FuncDecl);
  Pragma* pragma = nullptr;
  Field* recv = nullptr;  // nil means regular function
  Name* name;
  std::span<Field*> tparams;
  FuncType* typ;
  BlockStmt* body = nullptr;  // nil means no body (implemented natively)
  Object* obj = nullptr;      // the declared function, set by the checker
};

// Statements

struct EmptyStmt : Stmt { GOJI_KIND(EmptyStmt); };

struct LabeledStmt : Stmt {
  GOJI_KIND(LabeledStmt);
  Name* label;
  Stmt* stmt;
};

struct BlockStmt : Stmt {
  GOJI_KIND(BlockStmt);
  std::span<Stmt*> list;
  Pos rbrace;
};

struct ExprStmt : Stmt {
  GOJI_KIND(ExprStmt);
  Expr* x;
};

struct SendStmt : Stmt {
  GOJI_KIND(SendStmt);
  Expr* chan;
  Expr* value;
};

struct DeclStmt : Stmt {
  GOJI_KIND(DeclStmt);
  std::span<Decl*> decls;
};

struct AssignStmt : Stmt {
  GOJI_KIND(AssignStmt);
  Op op = Op::None;  // None: plain assignment; Def: short variable declaration
  Expr* lhs;
  Expr* rhs = nullptr;  // nil means lhs++ (op Add) or lhs-- (op Sub)
};

struct BranchStmt : Stmt {
  GOJI_KIND(BranchStmt);
  Tok tok;  // Break, Continue, Fallthrough or Goto
  Name* label = nullptr;
  Stmt* target = nullptr;  // set by the branch checker
};

struct CallStmt : Stmt {
  GOJI_KIND(CallStmt);
  Tok tok;  // Go or Defer
  CallExpr* call;
};

struct ReturnStmt : Stmt {
  GOJI_KIND(ReturnStmt);
  Expr* results = nullptr;
};

struct IfStmt : Stmt {
  GOJI_KIND(IfStmt);
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then;
  Stmt* els = nullptr;  // nil, IfStmt or BlockStmt
};

struct ForStmt : Stmt {
  GOJI_KIND(ForStmt);
  Stmt* init = nullptr;  // includes RangeClause
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body;
};

struct CaseClause : Node {
  GOJI_KIND(CaseClause);
  Expr* cases = nullptr;  // nil means default
  std::span<Stmt*> body;
  Pos colon;
  Object* implicit = nullptr;  // type switch: the clause's variable
};

struct SwitchStmt : Stmt {
  GOJI_KIND(SwitchStmt);
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // includes TypeSwitchGuard
  std::span<CaseClause*> body;
  Pos rbrace;
};

struct CommClause : Node {
  GOJI_KIND(CommClause);
  Stmt* comm = nullptr;  // send or receive statement; nil means default
  std::span<Stmt*> body;
  Pos colon;
};

struct SelectStmt : Stmt {
  GOJI_KIND(SelectStmt);
  std::span<CommClause*> body;
  Pos rbrace;
};

struct RangeClause : Stmt {
  GOJI_KIND(RangeClause);
  Expr* lhs = nullptr;  // nil means no lhs = or lhs :=
  bool def = false;
  Expr* x;
};

struct File : Node {
  GOJI_KIND(File);
  Pragma* pragma = nullptr;  // directives before the package clause
  Name* pkgName = nullptr;
  std::span<Decl*> decls;
  std::span<Pos> linknames;  // //go:linkname directives
  Pos eof;
};

#undef GOJI_KIND

bool isSimpleStmt(const Stmt* s);
bool isExpr(const Node* n);
Expr* unparen(Expr* x);
// Calls f on each direct child of n that is present, in source order.
void forEachChild(Node* n, const std::function<void(Node*)>& f);
// Go's syntax.StartPos / EndPos: the leftmost / rightmost position of a node.
Pos startPos(const Node* n);
Pos endPos(const Node* n);

}  // namespace goji
