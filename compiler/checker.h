// The type checker: a port of Go 1.19's types2 (the checker inside Go's
// compiler, run with CompilerErrorMessages) restricted to goji's subset, so
// that goji accepts exactly the programs Go accepts and reports the errors Go
// reports, on the same lines and in the same words.
//
// Phases (Checker::checkFiles), as in types2:
//   1. collectObjects: declare package-level objects, resolve imports.
//   2. packageObjects: type-check package-level declarations in source order,
//      following dependencies (objDecl colors objects white/grey/black and
//      reports invalid cycles).
//   3. processDelayed: check function bodies and other delayed actions.
//   4. initOrder: compute the package's variable initialization order.
//   5. unusedImports.
// Errors go to the DiagnosticSink; after an error the checker recovers and
// continues, suppressing follow-on errors about invalid operands.
//
// The files of this port are named after types2's: check_*.cpp holds what
// types2 keeps in the file of the same name.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/constant.h"
#include "compiler/parser.h"
#include "compiler/source.h"
#include "compiler/types.h"

namespace goji {

class Program;

// What a package-level object's declaration looks like (types2 declInfo).
struct DeclInfo {
  Scope* file = nullptr;         // scope of the file containing this declaration
  std::vector<Var*> lhs;         // lhs of n:1 variable declarations, or empty
  Expr* vtyp = nullptr;          // type, or nil (const and var declarations)
  Expr* init = nullptr;          // init expression, or nil
  bool inherited = false;        // the init expression is inherited from a previous const spec
  TypeDecl* tdecl = nullptr;     // type declaration, or nil
  FuncDecl* fdecl = nullptr;     // func declaration, or nil
  std::vector<Object*> depList;  // dependencies, in first-use order
  std::set<Object*> deps;

  bool hasInitializer() const { return init || (fdecl && fdecl->body); }
  void addDep(Object* obj) {
    if (deps.insert(obj).second) depList.push_back(obj);
  }
};

struct Operand {
  OperandMode mode = OperandMode::Invalid;
  Expr* expr = nullptr;  // source expression, or nil
  Type* type = nullptr;
  Value val;  // constant value; valid if mode == Constant
  BuiltinId id = BuiltinId::Count;

  bool isNil() const { return mode == OperandMode::NilValue; }
  Pos pos() const { return expr ? startPos(expr) : Pos{}; }
};

// The kind of an expression, for "is not used" and statement context checks.
enum class ExprKind { Conversion, Expression, Statement };

// Statement context flags (types2 stmtContext).
enum StmtContext : unsigned {
  kBreakOk = 1 << 0,
  kContinueOk = 1 << 1,
  kFallthroughOk = 1 << 2,
  kFinalSwitchCase = 1 << 3,
  kInTypeSwitch = 1 << 4,
};

// A deferred check (types2 action).
struct Action {
  std::function<void()> f;
};

// The configuration of one package check.
struct CheckConfig {
  bool ignoreFuncBodies = false;  // check declarations only (imported stdlib packages)
  // Declare package-level objects only; each is checked when first used
  // (objDeclLazy). Imported packages are checked this way.
  bool lazy = false;
  // Imports a package by path; returns nullptr and sets *err if it cannot.
  std::function<Package*(const std::string& path, std::string* err)> importer;
};

class Checker {
 public:
  Checker(Program& prog, CheckConfig conf, Package* pkg, DiagnosticSink& diags, const FileSet& files);
  void checkFiles(std::span<File*> files);

  // Resolves a Named type's underlying type (types2 Named.under).
  Type* namedUnder(Named* n);

  // ---- state shared by the check_*.cpp files (types2's Checker fields) ----
  struct Environment {
    DeclInfo* decl = nullptr;         // package-level declaration whose init expression/function body is checked
    Scope* scope = nullptr;           // top-most scope for lookups
    Pos pos;                          // if valid, identifiers are looked up as if at position pos
    const Value* iota = nullptr;      // value of iota in a constant declaration; nil otherwise
    Pos errpos;                       // if valid, identifier position of a constant with inherited initializer
    Signature* sig = nullptr;         // function signature if inside a function; nil otherwise
    std::set<CallExpr*>* isPanic = nullptr;  // set of panic call expressions (for termination check)
    bool hasLabel = false;            // set if a function makes use of labels
    bool hasCallOrRecv = false;       // set if an expression contains a function call or channel receive
  };

  Program& prog_;
  CheckConfig conf_;
  Package* pkg_;
  DiagnosticSink& diags_;
  const FileSet& fileSet_;
  Environment env_;
  bool firstErr_ = false;

  std::vector<File*> files_;
  std::vector<PkgName*> imports_;
  std::map<Object*, PkgName*> dotImports_;  // dot-imported objects and the import that brought them
  std::map<Object*, DeclInfo*> objMap_;
  std::vector<std::unique_ptr<DeclInfo>> declInfos_;
  std::map<TypeName*, std::vector<Func*>> methods_;
  std::vector<Object*> objPath_;
  std::deque<Action> delayed_;
  std::vector<Named*> cleaners_;
  std::set<TypeName*> brokenAliases_;
  std::unordered_map<Expr*, struct UntypedInfo> untyped_;
  std::map<std::string, std::set<std::string>> pkgPathMap_;
  std::set<Package*> seenPkgMap_;
  bool pkgPathMapBuilt_ = false;
  // Package-level variable initializers in initialization order (types2 Info.InitOrder):
  // the lhs variables and their init expression.
  std::vector<std::pair<std::vector<Var*>, Expr*>> initOrder_;
  std::set<Named*> valids_;
  std::vector<std::unique_ptr<Package>> fakePackages_;  // stand-ins for imports that failed  // Named types found valid by validType

  // ---- errors (check_errors.cpp) ----
  std::string qualifier(const Package* pkg);
  Qualifier qf();
  void error(Pos pos, const std::string& msg, bool soft = false);
  void error(const Node* at, const std::string& msg, bool soft = false) { error(startPos(at), msg, soft); }
  void error(const Operand& x, const std::string& msg, bool soft = false) { error(x.pos(), msg, soft); }
  // Argument formatting as types2's sprintf does.
  std::string str(const Operand& x);
  std::string str(Type* t);
  std::string str(const Node* n);
  std::string str(Object* obj);
  std::string altDecl(Object* obj);  // the "other declaration of x" continuation line
  void notSupported(Pos pos, const std::string& what);
  // member ("pkg.Name" or "pkg.Type.Method") is Go's API but not goji's.
  void notInGojiPackage(Pos pos, const std::string& member);

  // ---- helpers ----
  template <typename T, typename... Args>
  T* make(Args&&... args);
  Scope* newScope(Scope* parent, Pos pos, Pos end, std::string comment);
  Var* newVar(Pos pos, Package* pkg, std::string_view name, Type* typ);
  Var* newParam(Pos pos, Package* pkg, std::string_view name, Type* typ);
  Var* newField(Pos pos, Package* pkg, std::string_view name, Type* typ, bool embedded);
  Func* newFunc(Pos pos, Package* pkg, std::string_view name, Signature* sig);
  Const* newConst(Pos pos, Package* pkg, std::string_view name, Type* typ, const Value* val);
  TypeName* newTypeName(Pos pos, Package* pkg, std::string_view name, Type* typ);
  Tuple* newTuple(std::vector<Var*> vars);
  Pointer* newPointer(Type* base);
  Slice* newSlice(Type* elem);
  const Value* internValue(Value v);
  Named* newNamed(TypeName* obj, Type* underlying);
  void later(std::function<void()> f) { delayed_.push_back(Action{std::move(f)}); }
  void processDelayed(size_t top);
  void recordDef(Name* id, Object* obj);
  void recordUse(Name* id, Object* obj);
  void recordTypeAndValue(Expr* x, OperandMode mode, Type* typ, const Value* val);
  void record(Operand& x);
  void rememberUntyped(Expr* e, bool lhs, OperandMode mode, Basic* typ, const Value& val);
  void addDeclDep(Object* to);
  void declare(Scope* scope, Name* id, Object* obj, Pos scopePos);
  void openScope(Node* node, const std::string& comment);
  void openScopeUntil(Node* node, Pos end, const std::string& comment);
  void closeScope();
  void push(Object* obj) { objPath_.push_back(obj); }
  Object* pop() {
    Object* o = objPath_.back();
    objPath_.pop_back();
    return o;
  }

  // ---- resolver (check_resolver.cpp) ----
  void collectObjects();
  void packageObjects();
  void unusedImports();
  void arity(Pos pos, std::span<Name*> names, std::span<Expr*> inits, bool constDecl, bool inherited);
  void declarePkgObj(Name* ident, Object* obj, DeclInfo* d);
  Package* importPackage(Pos pos, const std::string& path);
  bool unpackRecv(Expr* rtyp, bool* ptr, Name** rname);
  TypeName* resolveBaseTypeName(bool seenPtr, Expr* typ, bool* ptr);
  void markImports(Package* pkg);

  // ---- declarations (check_decl.cpp) ----
  void objDecl(Object* obj, Named* def);
  void objDeclLazy(Object* obj);  // objDecl on behalf of another package, then delayed actions
  bool inDelayed_ = false;
  bool validCycle(Object* obj);
  void cycleError(const std::vector<Object*>& cycle);
  void constDecl(Const* obj, Expr* typ, Expr* init, bool inherited);
  void varDecl(Var* obj, std::vector<Var*>& lhs, Expr* typ, Expr* init);
  void typeDecl(TypeName* obj, TypeDecl* tdecl, Named* def);
  void collectMethods(TypeName* obj);
  void checkFieldUniqueness(Named* base);
  void funcDecl(Func* obj, DeclInfo* decl);
  void declStmt(std::span<Decl*> list);
  DeclInfo* newDeclInfo();

  // ---- type expressions (check_typexpr.cpp, check_signature.cpp, check_struct.cpp, check_interface.cpp) ----
  void ident(Operand& x, Name* e, Named* def, bool wantType);
  Type* typ(Expr* e);
  Type* varType(Expr* e);
  void validVarType(Expr* e, Type* typ);
  Type* definedType(Expr* e, Named* def);
  Type* typInternal(Expr* e, Named* def);
  int64_t arrayLength(Expr* e);
  void funcType(Signature* sig, Field* recvPar, FuncType* ftyp);
  std::vector<Var*> collectParams(Scope* scope, std::span<Field*> list, bool variadicOk, bool* variadic);
  void structType(Struct* styp, StructType* e);
  void interfaceType(Interface* ityp, InterfaceType* iface, Named* def);
  std::span<Func*> typeSet(Interface* t);  // all methods, computing them if needed
  void computeInterfaceTypeSet(Pos pos, Interface* t);
  void validType(Named* typ);
  bool validType0(Type* typ, std::vector<Named*>& path);

  // ---- expressions (check_expr.cpp) ----
  void expr(Operand& x, Expr* e);
  void multiExpr(Operand& x, Expr* e);
  void exprWithHint(Operand& x, Expr* e, Type* hint);
  void exprOrType(Operand& x, Expr* e);
  ExprKind rawExpr(Operand& x, Expr* e, Type* hint);
  ExprKind exprInternal(Operand& x, Expr* e, Type* hint);
  void exclude(Operand& x, unsigned modeset);
  void singleValue(Operand& x);
  void unary(Operand& x, Operation* e);
  void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Op op);
  void shift(Operand& x, Operand& y, Expr* e, Op op);
  void comparison(Operand& x, Operand& y, Op op, bool switchCase);
  std::string incomparableCause(Type* typ);
  std::string kindString(Type* typ);
  bool opPredicate(int which, Operand& x, Op op);
  void overflow(Operand& x, Pos unused);
  void representable(Operand& x, Basic* typ);
  bool representableConst(const Value& x, Basic* typ, Value* rounded);
  int representation(Operand& x, Basic* typ, Value* out);
  void invalidConversion(int code, Operand& x, Type* target);
  void updateExprType(Expr* x, Type* typ, bool final);
  void updateExprType0(Expr* parent, Expr* x, Type* typ, bool final);
  void updateExprVal(Expr* x, const Value& val);
  void convertUntyped(Operand& x, Type* target);
  Type* implicitTypeAndValue(Operand& x, Type* target, Value* val, int* code);
  void typeAssertion(Expr* e, Operand& x, Type* T, bool typeSwitch);
  void compositeLit(Operand& x, CompositeLit* e, Type* hint);
  void funcLit(Operand& x, FuncLit* e);
  bool isNilExpr(Expr* e);

  // ---- operands (check_operand.cpp) ----
  bool assignableTo(Operand& x, Type* T, std::string* reason);
  bool convertibleTo(Operand& x, Type* T, std::string* cause);
  std::string implements(Type* V, Type* T);  // empty if V implements T
  Func* missingMethod(Type* V, Interface* T, bool isStatic, Func** alt);
  std::string missingMethodReason(Type* V, Type* T, Func* m, Func* alt);
  std::string funcString(Func* f);
  Func* assertableTo(Interface* V, Type* T, Func** wrongType);

  // ---- calls and selectors (check_call.cpp) ----
  ExprKind callExpr(Operand& x, CallExpr* call);
  std::vector<Operand> exprList(std::span<Expr*> elist, bool allowCommaOk, bool* commaOk);
  void arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args);
  void selector(Operand& x, SelectorExpr* e, Named* def);
  void use(std::span<Expr*> args);
  void use(Expr* arg);

  // ---- builtins and conversions (check_builtins.cpp, check_conversions.cpp) ----
  bool builtin(Operand& x, CallExpr* call, BuiltinId id);
  void conversion(Operand& x, Type* T);

  // ---- index expressions (check_index.cpp) ----
  bool indexExpr(Operand& x, IndexExpr* e);
  void sliceExpr(Operand& x, SliceExpr* e);
  Expr* singleIndex(IndexExpr* e);
  int64_t index(Expr* index, int64_t max, Type** typ);
  bool isValidIndex(Operand& x, const char* what, bool allowNegative);
  int64_t indexedElts(std::span<Expr*> elts, Type* typ, int64_t length);

  // ---- assignments (check_assignments.cpp) ----
  void assignment(Operand& x, Type* T, const std::string& context);
  void initConst(Const* lhs, Operand& x);
  Type* initVar(Var* lhs, Operand& x, const std::string& context);
  Type* assignVar(Expr* lhs, Operand& x);
  std::string typesSummary(const std::vector<Type*>& list, bool variadic);
  void assignError(std::span<Expr*> rhs, int nvars, int nvals);
  void initVars(std::span<Var*> lhs, std::span<Expr*> origRhs, ReturnStmt* returnStmt);
  void assignVars(std::span<Expr*> lhs, std::span<Expr*> origRhs);
  void shortVarDecl(Pos pos, std::span<Expr*> lhs, std::span<Expr*> rhs);

  // ---- statements (check_stmt.cpp, check_return.cpp) ----
  void funcBody(DeclInfo* decl, std::string_view name, Signature* sig, BlockStmt* body, const Value* iota);
  void usage(Scope* scope);
  void simpleStmt(Stmt* s);
  void stmtList(unsigned ctxt, std::span<Stmt*> list);
  void stmt(unsigned ctxt, Stmt* s);
  void multipleSwitchDefaults(std::span<CaseClause*> list);
  void multipleSelectDefaults(std::span<CommClause*> list);
  void suspendedCall(const char* keyword, CallExpr* call);
  void caseValues(Operand& x, std::span<Expr*> values, std::vector<std::pair<Expr*, Operand>>& seen);
  Type* caseTypes(Operand& x, std::span<Expr*> types, std::vector<std::pair<Type*, Expr*>>& seen);
  void switchStmt(unsigned inner, SwitchStmt* s);
  void typeSwitchStmt(unsigned inner, SwitchStmt* s, TypeSwitchGuard* guard);
  void rangeStmt(unsigned inner, ForStmt* s, RangeClause* rclause);
  bool isTerminating(Stmt* s, std::string_view label);
  bool isTerminatingList(std::span<Stmt*> list, std::string_view label);
  bool isTerminatingSwitch(std::span<CaseClause*> body, std::string_view label);

  // ---- initialization order (check_initorder.cpp) ----
  void initOrder();
  void reportCycle(const std::vector<Object*>& cycle);
};

struct UntypedInfo {
  bool isLhs;
  OperandMode mode;
  Basic* typ;
  Value val;
};

// Operand mode names as types2 prints them ("variable", "constant", ...).
const char* operandModeString(OperandMode m);

// unpackExpr: the elements of a ListExpr, or a one-element list.
std::span<Expr*> unpackExpr(Expr*& e);

}  // namespace goji
