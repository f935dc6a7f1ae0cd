// Statements: function bodies, unused variables, and the checks of every kind
// of statement, including expression and type switches and range loops (a
// port of types2's stmt.go). Label and branch errors are reported by the
// parser (branches.cpp), as Go's compiler runs types2 with IgnoreBranchErrors;
// statements the parser never produces (invalid ASTs) are not re-checked.
#include <algorithm>
#include <optional>
#include <variant>

#include "compiler/checker.h"
#include "compiler/program.h"

namespace goji {

namespace {

// A continuation line of a multi-part error (an error_ desc after the first).
std::string errorDesc(const FileSet& files, Pos pos, const std::string& msg) {
  return "\n\t" + (pos.known() ? files.posString(pos) + ": " : "") + msg;
}

std::span<Stmt*> trimTrailingEmptyStmts(std::span<Stmt*> list) {
  for (size_t i = list.size(); i > 0; i--) {
    if (!list[i - 1]->is<EmptyStmt>()) return list.first(i);
  }
  return {};
}

// The Go value of a case constant, for duplicate detection (types2 goVal).
using GoVal = std::variant<int64_t, uint64_t, double, std::string>;

std::optional<GoVal> goVal(const Value& val) {
  // Match implementation restriction of other compilers.
  // gc only checks duplicates for integer, floating-point
  // and string values, so only create Go values for these
  // types.
  bool exact;
  switch (val.kind()) {
    case Value::Kind::Int: {
      int64_t i = val.int64Val(&exact);
      if (exact) return i;
      uint64_t u = val.uint64Val(&exact);
      if (exact) return u;
      break;
    }
    case Value::Kind::Float: {
      double f = val.float64Val(&exact);
      if (exact) return f;
      break;
    }
    case Value::Kind::String: return val.stringVal();
    default: break;
  }
  return std::nullopt;
}

Type* arrayPtrDeref(Type* t) {
  if (Pointer* p = t->as<Pointer>()) {
    if (Array* a = under(p->base)->as<Array>()) return a;
  }
  return t;
}

// rangeKeyVal returns the key and value type produced by a range clause
// over an expression of type typ. If the range clause is not permitted
// the results are nil.
void rangeKeyVal(Type* t, Type** key, Type** val) {
  t = arrayPtrDeref(t);
  switch (t->kind) {
    case TypeKind::Basic:
      if (isString(t)) {
        *key = basicType(BasicKind::Int);
        *val = universe().runeType;  // use 'rune' name
      }
      break;
    case TypeKind::Array:
      *key = basicType(BasicKind::Int);
      *val = t->as<Array>()->elem;
      break;
    case TypeKind::Slice:
      *key = basicType(BasicKind::Int);
      *val = t->as<Slice>()->elem;
      break;
    case TypeKind::Map:
      *key = t->as<Map>()->key;
      *val = t->as<Map>()->elem;
      break;
    case TypeKind::Chan:
      *key = t->as<Chan>()->elem;
      *val = invalidType();
      break;
    default: break;
  }
}

}  // namespace

void Checker::funcBody(DeclInfo* decl, std::string_view, Signature* sig, BlockStmt* body, const Value* iota) {
  // set function scope extent
  sig->scope->pos = body->pos;
  sig->scope->end = endPos(body);

  // save/restore current environment and set up function environment
  Environment saved = env_;
  std::set<CallExpr*> isPanic;
  env_ = Environment{};
  env_.decl = decl;
  env_.scope = sig->scope;
  env_.iota = iota;
  env_.sig = sig;
  env_.isPanic = &isPanic;

  stmtList(0, body->list);

  if (sig->results && !sig->results->vars.empty() && !isTerminating(body, "")) error(body->rbrace, "missing return");

  // spec: "Implementation restriction: A compiler may make it illegal to
  // declare a variable inside a function body if the variable is never used."
  usage(sig->scope);
  env_ = saved;
}

void Checker::usage(Scope* scope) {
  std::vector<Var*> unused;
  for (Object* elem : scope->objects()) {
    if (Var* v = elem->as<Var>(); v && !v->used) unused.push_back(v);
  }
  std::sort(unused.begin(), unused.end(), [&](Var* a, Var* b) { return fileSet_.compare(a->pos, b->pos) < 0; });
  for (Var* v : unused) error(v->pos, std::string(v->name) + " declared but not used", true);

  for (Scope* child : scope->children) {
    // Don't go inside function literal scopes a second time;
    // they are handled explicitly by funcBody.
    if (!child->isFunc) usage(child);
  }
}

void Checker::simpleStmt(Stmt* s) {
  if (s) stmt(0, s);
}

void Checker::stmtList(unsigned ctxt, std::span<Stmt*> list) {
  bool ok = (ctxt & kFallthroughOk) != 0;
  unsigned inner = ctxt & ~kFallthroughOk;
  list = trimTrailingEmptyStmts(list);  // trailing empty statements are "invisible" to fallthrough analysis
  for (size_t i = 0; i < list.size(); i++) {
    unsigned c = inner;
    if (ok && i + 1 == list.size()) c |= kFallthroughOk;
    stmt(c, list[i]);
  }
}

void Checker::multipleSwitchDefaults(std::span<CaseClause*> list) {
  CaseClause* first = nullptr;
  for (CaseClause* c : list) {
    if (!c->cases) {
      if (first) {
        error(c, "multiple defaults (first at " + fileSet_.posString(first->pos) + ")");
      } else {
        first = c;
      }
    }
  }
}

void Checker::multipleSelectDefaults(std::span<CommClause*> list) {
  CommClause* first = nullptr;
  for (CommClause* c : list) {
    if (!c->comm) {
      if (first) {
        error(c, "multiple defaults (first at " + fileSet_.posString(first->pos) + ")");
      } else {
        first = c;
      }
    }
  }
}

void Checker::suspendedCall(const char* keyword, CallExpr* call) {
  Operand x;
  std::string msg;
  switch (rawExpr(x, call, nullptr)) {
    case ExprKind::Conversion: msg = "requires function call, not conversion"; break;
    case ExprKind::Expression: msg = "discards result of"; break;
    case ExprKind::Statement: return;
  }
  error(x, std::string(keyword) + " " + msg + " " + str(x));
}

// Each entry of seen is a case value (with the expression giving its
// position) seen so far. Since two case values may have the same "underlying"
// value but different types we need to also check the value's types (e.g.,
// byte(1) vs myByte(1)) when the switch expression is of interface type.
void Checker::caseValues(Operand& x, std::span<Expr*> values, std::vector<std::pair<Expr*, Operand>>& seen) {
  for (Expr* e : values) {
    Operand v;
    expr(v, e);
    if (x.mode == OperandMode::Invalid || v.mode == OperandMode::Invalid) continue;
    convertUntyped(v, x.type);
    if (v.mode == OperandMode::Invalid) continue;
    // Order matters: By comparing v against x, error positions are at the case values.
    Operand res = v;  // keep original v unchanged
    comparison(res, x, Op::Eql, true);
    if (res.mode == OperandMode::Invalid) continue;
    if (v.mode != OperandMode::Constant) continue;  // we're done
    // look for duplicate values
    std::optional<GoVal> val = goVal(v.val);
    if (!val) continue;
    // look for duplicate types for a given value
    // (quadratic algorithm, but these lists tend to be very short)
    bool duplicate = false;
    for (auto& [prev, vt] : seen) {
      if (goVal(vt.val) == val && identical(v.type, vt.type)) {
        error(v, "duplicate case " + str(v) + " in expression switch" +
                     errorDesc(fileSet_, prev ? prev->pos : Pos{}, "previous case"));
        duplicate = true;
        break;
      }
    }
    if (!duplicate) seen.emplace_back(v.expr, v);
  }
}

// isNilExpr reports whether the expression e denotes the predeclared value nil.
bool Checker::isNilExpr(Expr* e) {
  // The only way to express the nil value is by literally writing nil (possibly in parentheses).
  if (Name* name = unparen(e)->as<Name>()) {
    Object* obj = env_.scope->lookupParent(name->value, env_.pos);
    return obj && obj->is<Nil>();
  }
  return false;
}

// If the type switch expression is invalid, x is an invalid operand.
Type* Checker::caseTypes(Operand& x, std::span<Expr*> types, std::vector<std::pair<Type*, Expr*>>& seen) {
  Type* T = nullptr;
  Operand dummy;
  for (Expr* e : types) {
    // The spec allows the value nil instead of a type.
    if (isNilExpr(e)) {
      T = nullptr;
      expr(dummy, e);  // run e through expr so we get the usual Info recordings
    } else {
      T = varType(e);
      if (T == invalidType()) continue;
    }
    // look for duplicate types
    // (quadratic algorithm, but type switches tend to be reasonably small)
    bool duplicate = false;
    for (auto& [t, other] : seen) {
      if ((!T && !t) || (T && t && identical(T, t))) {
        // talk about "case" rather than "type" because of nil case
        std::string Ts = T ? str(T) : "nil";
        error(e, "duplicate case " + Ts + " in type switch" + errorDesc(fileSet_, startPos(other), "previous case"));
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    seen.emplace_back(T, e);
    if (x.mode != OperandMode::Invalid && T) typeAssertion(e, x, T, true);
  }
  return T;
}

void Checker::stmt(unsigned ctxt, Stmt* s) {
  // process collected function literals before scope changes
  size_t top = delayed_.size();

  // reset context for statements of inner blocks
  unsigned inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);

  switch (s->kind) {
    case NodeKind::EmptyStmt: break;  // ignore

    case NodeKind::DeclStmt: declStmt(s->as<DeclStmt>()->decls); break;

    case NodeKind::LabeledStmt:
      env_.hasLabel = true;
      stmt(ctxt, s->as<LabeledStmt>()->stmt);
      break;

    case NodeKind::ExprStmt: {
      // spec: "With the exception of specific built-in functions,
      // function and method calls and receive operations can appear
      // in statement context. Such statements may be parenthesized."
      Operand x;
      ExprKind kind = rawExpr(x, s->as<ExprStmt>()->x, nullptr);
      std::string msg;
      switch (x.mode) {
        case OperandMode::Builtin: msg = "must be called"; break;
        case OperandMode::TypeExpr: msg = "is not an expression"; break;
        default:
          if (kind != ExprKind::Statement) msg = "is not used";
      }
      if (!msg.empty()) error(x, str(x) + " " + msg);
      break;
    }

    case NodeKind::SendStmt: {
      SendStmt* send = s->as<SendStmt>();
      Operand ch, val;
      expr(ch, send->chan);
      expr(val, send->value);
      if (ch.mode == OperandMode::Invalid || val.mode == OperandMode::Invalid) break;
      Chan* uch = under(ch.type)->as<Chan>();
      if (!uch) {
        error(s, "invalid operation: cannot send to non-channel " + str(ch));
      } else if (uch->dir == ChanDirection::RecvOnly) {
        error(s, "invalid operation: cannot send to receive-only channel " + str(ch));
      } else {
        assignment(val, uch->elem, "send");
      }
      break;
    }

    case NodeKind::AssignStmt: {
      AssignStmt* a = s->as<AssignStmt>();
      std::span<Expr*> lhs = unpackExpr(a->lhs);
      if (!a->rhs) {
        // x++ or x--
        Operand x;
        expr(x, lhs[0]);
        if (x.mode == OperandMode::Invalid) break;
        if (!allBasic(x.type, IsNumeric)) {
          std::string op(opSpelling(a->op));
          error(lhs[0], "invalid operation: " + str(lhs[0]) + op + op + " (non-numeric type " + str(x.type) + ")");
          break;
        }
        assignVar(lhs[0], x);
        break;
      }
      std::span<Expr*> rhs = unpackExpr(a->rhs);
      switch (a->op) {
        case Op::None: assignVars(lhs, rhs); break;
        case Op::Def: shortVarDecl(a->pos, lhs, rhs); break;
        default: {
          // assignment operations (the parser admits single-valued operands only)
          Operand x;
          binary(x, nullptr, lhs[0], rhs[0], a->op);
          assignVar(lhs[0], x);
        }
      }
      break;
    }

    case NodeKind::CallStmt: {
      CallStmt* c = s->as<CallStmt>();
      suspendedCall(c->tok == Tok::Defer ? "defer" : "go", c->call);
      break;
    }

    case NodeKind::ReturnStmt: {
      ReturnStmt* r = s->as<ReturnStmt>();
      Tuple* res = env_.sig->results;
      // Return with implicit results allowed for function with named results.
      // (If one is named, all are named.)
      std::span<Expr*> results = unpackExpr(r->results);
      if (results.empty() && res && !res->vars.empty() && !res->vars[0]->name.empty()) {
        // spec: "Implementation restriction: A compiler may disallow an empty expression
        // list in a "return" statement if a different entity (constant, type, or variable)
        // with the same name as a result parameter is in scope at the place of the return."
        for (Var* obj : res->vars) {
          if (Object* alt = env_.scope->lookupParent(obj->name, env_.pos); alt && alt != obj) {
            error(s, "result parameter " + std::string(obj->name) + " not in scope at return" +
                         errorDesc(fileSet_, alt->pos, "inner declaration of " + str(obj)));
            // ok to continue
          }
        }
      } else {
        std::vector<Var*> lhs;
        if (res) lhs.assign(res->vars.begin(), res->vars.end());
        initVars(lhs, results, r);
      }
      break;
    }

    case NodeKind::BranchStmt:
      // Branch errors are reported by the parser (IgnoreBranchErrors).
      if (s->as<BranchStmt>()->label) env_.hasLabel = true;
      break;

    case NodeKind::BlockStmt:
      openScope(s, "block");
      stmtList(inner, s->as<BlockStmt>()->list);
      closeScope();
      break;

    case NodeKind::IfStmt: {
      IfStmt* i = s->as<IfStmt>();
      openScope(s, "if");
      simpleStmt(i->init);
      Operand x;
      expr(x, i->cond);
      if (x.mode != OperandMode::Invalid && !allBasic(x.type, IsBoolean)) {
        error(i->cond, "non-boolean condition in if statement");
      }
      stmt(inner, i->then);
      if (i->els) stmt(inner, i->els);
      closeScope();
      break;
    }

    case NodeKind::SwitchStmt: {
      SwitchStmt* sw = s->as<SwitchStmt>();
      inner |= kBreakOk;
      openScope(s, "switch");
      simpleStmt(sw->init);
      if (TypeSwitchGuard* g = sw->tag ? sw->tag->as<TypeSwitchGuard>() : nullptr) {
        typeSwitchStmt(inner | kInTypeSwitch, sw, g);
      } else {
        switchStmt(inner, sw);
      }
      closeScope();
      break;
    }

    case NodeKind::SelectStmt: {
      SelectStmt* sel = s->as<SelectStmt>();
      inner |= kBreakOk;
      multipleSelectDefaults(sel->body);
      for (size_t i = 0; i < sel->body.size(); i++) {
        CommClause* clause = sel->body[i];
        // clause.Comm must be a SendStmt, RecvStmt, or default case
        bool valid = false;
        Expr* rhs = nullptr;  // rhs of RecvStmt, or nil
        if (!clause->comm || clause->comm->is<SendStmt>()) {
          valid = true;
        } else if (AssignStmt* a = clause->comm->as<AssignStmt>()) {
          if (a->rhs && !a->rhs->is<ListExpr>()) rhs = a->rhs;
        } else if (ExprStmt* e = clause->comm->as<ExprStmt>()) {
          rhs = e->x;
        }
        // if present, rhs must be a receive operation
        if (rhs) {
          if (Operation* x = unparen(rhs)->as<Operation>(); x && !x->y && x->op == Op::Recv) valid = true;
        }
        if (!valid) {
          error(clause->comm, "select case must be send or receive (possibly with assignment)");
          continue;
        }
        Pos end = i + 1 < sel->body.size() ? sel->body[i + 1]->pos : sel->rbrace;
        openScopeUntil(clause, end, "case");
        if (clause->comm) stmt(inner, clause->comm);
        stmtList(inner, clause->body);
        closeScope();
      }
      break;
    }

    case NodeKind::ForStmt: {
      ForStmt* f = s->as<ForStmt>();
      inner |= kBreakOk | kContinueOk;
      if (RangeClause* rclause = f->init ? f->init->as<RangeClause>() : nullptr) {
        rangeStmt(inner, f, rclause);
        break;
      }
      openScope(s, "for");
      simpleStmt(f->init);
      if (f->cond) {
        Operand x;
        expr(x, f->cond);
        if (x.mode != OperandMode::Invalid && !allBasic(x.type, IsBoolean)) {
          error(f->cond, "non-boolean condition in for statement");
        }
      }
      // spec: "The init statement may be a short variable
      // declaration, but the post statement must not."
      // (The parser reports a short variable declaration as a syntax error.)
      simpleStmt(f->post);
      stmt(inner, f->body);
      closeScope();
      break;
    }

    default: error(s, "invalid statement");
  }

  processDelayed(top);
}

void Checker::switchStmt(unsigned inner, SwitchStmt* s) {
  // init statement already handled

  Operand x;
  if (s->tag) {
    expr(x, s->tag);
    // By checking assignment of x to an invisible temporary
    // (as a compiler would), we get all the relevant checks.
    assignment(x, nullptr, "switch expression");
    if (x.mode != OperandMode::Invalid && !comparable(x.type, true) && !hasNil(x.type)) {
      error(x, "cannot switch on " + str(x) + " (" + str(x.type) + " is not comparable)");
      x.mode = OperandMode::Invalid;
    }
  } else {
    // spec: "A missing switch expression is
    // equivalent to the boolean value true."
    x.mode = OperandMode::Constant;
    x.type = basicType(BasicKind::Bool);
    x.val = Value::makeBool(true);
    Name* name = prog_.arena.make<Name>();
    name->kind = NodeKind::Name;
    name->pos = s->body.empty() ? s->rbrace : s->body[0]->pos;
    name->value = "true";
    x.expr = name;
  }

  multipleSwitchDefaults(s->body);

  std::vector<std::pair<Expr*, Operand>> seen;  // case values seen so far, with their positions and types
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* clause = s->body[i];
    Pos end = s->rbrace;
    unsigned c = inner;
    if (i + 1 < s->body.size()) {
      end = s->body[i + 1]->pos;
      c |= kFallthroughOk;
    } else {
      c |= kFinalSwitchCase;
    }
    caseValues(x, unpackExpr(clause->cases), seen);
    openScopeUntil(clause, end, "case");
    stmtList(c, clause->body);
    closeScope();
  }
}

void Checker::typeSwitchStmt(unsigned inner, SwitchStmt* s, TypeSwitchGuard* guard) {
  // init statement already handled

  // A type switch guard must be of the form:
  //
  //     TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
  //                          \__lhs__/        \___rhs___/

  // check lhs, if any
  Name* lhs = guard->lhs;
  if (lhs) {
    if (lhs->value == "_") {
      // _ := x.(type) is an invalid short variable declaration
      error(lhs, "no new variable on left side of :=", true);
      lhs = nullptr;  // avoid declared but not used error below
    } else {
      recordDef(lhs, nullptr);  // lhs variable is implicitly declared in each cause clause
    }
  }

  // check rhs
  Operand x;
  expr(x, guard->x);
  if (x.mode == OperandMode::Invalid) return;

  Operand sx;  // switch expression against which cases are compared against; invalid if x is not an interface
  if (under(x.type)->is<Interface>()) {
    sx = x;
  } else {
    error(x, str(x) + " is not an interface");
  }

  multipleSwitchDefaults(s->body);

  std::vector<Var*> lhsVars;                  // list of implicitly declared lhs variables
  std::vector<std::pair<Type*, Expr*>> seen;  // seen types and their positions
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* clause = s->body[i];
    Pos end = i + 1 < s->body.size() ? s->body[i + 1]->pos : s->rbrace;
    // Check each type in this type switch case.
    std::span<Expr*> cases = unpackExpr(clause->cases);
    Type* T = caseTypes(sx, cases, seen);
    openScopeUntil(clause, end, "case");
    // If lhs exists, declare a corresponding variable in the case-local scope.
    if (lhs) {
      // spec: "The TypeSwitchGuard may include a short variable declaration.
      // When that form is used, the variable is declared at the beginning of
      // the implicit block in each clause. In clauses with a case listing
      // exactly one type, the variable has that type; otherwise, the variable
      // has the type of the expression in the TypeSwitchGuard."
      if (cases.size() != 1 || !T) T = x.type;
      Var* obj = newVar(lhs->pos, pkg_, lhs->value, T);
      Pos scopePos = clause->pos;  // for default clause (len(List) == 0)
      if (!cases.empty()) scopePos = endPos(cases.back());
      declare(env_.scope, nullptr, obj, scopePos);
      clause->implicit = obj;
      // For the "declared but not used" error, all lhs variables act as
      // one; i.e., if any one of them is 'used', all of them are 'used'.
      // Collect them for later analysis.
      lhsVars.push_back(obj);
    }
    stmtList(inner, clause->body);
    closeScope();
  }

  // If lhs exists, we must have at least one lhs variable that was used.
  // (We can't use check.usage because that only looks at one scope; and
  // we don't want to use the same variable for all scopes and change the
  // variable type underfoot.)
  if (lhs) {
    bool used = false;
    for (Var* v : lhsVars) {
      if (v->used) used = true;
      v->used = true;  // avoid usage error when checking entire function
    }
    if (!used) error(lhs, std::string(lhs->value) + " declared but not used", true);
  }
}

void Checker::rangeStmt(unsigned inner, ForStmt* s, RangeClause* rclause) {
  // determine lhs, if any
  Expr* sKey = rclause->lhs;  // possibly nil
  Expr* sValue = nullptr;
  Expr* sExtra = nullptr;
  if (ListExpr* p = sKey ? sKey->as<ListExpr>() : nullptr) {
    // a ListExpr has at least two elements
    sKey = p->elems[0];
    sValue = p->elems[1];
    if (p->elems.size() > 2) {
      // delay error reporting until we know more
      sExtra = p->elems[2];
    }
  }

  // check expression to iterate over
  Operand x;
  expr(x, rclause->x);

  // determine key/value types
  Type* key = nullptr;
  Type* val = nullptr;
  if (x.mode != OperandMode::Invalid) {
    std::string cause;
    Type* u = under(x.type);
    if (Chan* t = u->as<Chan>()) {
      if (sValue) {
        error(sValue, "range over " + str(x) + " permits only one iteration variable", true);
        // ok to continue
      }
      if (t->dir == ChanDirection::SendOnly) cause = "receive from send-only channel";
    } else if (sExtra) {
      error(sExtra, "range clause permits at most two iteration variables", true);
      // ok to continue
    }
    rangeKeyVal(u, &key, &val);
    if (!key || !cause.empty()) {
      if (cause.empty()) {
        error(x, "cannot range over " + str(x), true);
      } else {
        error(x, "cannot range over " + str(x) + " (" + cause + ")", true);
      }
      // ok to continue
    }
  }

  // Open the for-statement block scope now, after the range clause.
  // Iteration variables declared with := need to go in this scope (was issue #51437).
  openScope(s, "range");

  // check assignment to/declaration of iteration variables
  // (irregular assignment, cannot easily map to existing assignment checks)

  // lhs expressions and initialization value (rhs) types
  Expr* lhs[2] = {sKey, sValue};
  Type* rhs[2] = {key, val};  // key, val may be nil

  if (rclause->def) {
    // short variable declaration
    std::vector<Var*> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;

      // determine lhs variable
      Var* obj;
      if (Name* ident = lhs[i]->as<Name>()) {
        // declare new variable
        obj = newVar(ident->pos, pkg_, ident->value, nullptr);
        recordDef(ident, obj);
        // _ variables don't count as new variables
        if (ident->value != "_") vars.push_back(obj);
      } else {
        error(lhs[i], "cannot declare " + str(lhs[i]));
        obj = newVar(lhs[i]->pos, pkg_, "_", nullptr);  // dummy variable
      }

      // initialize lhs variable
      if (rhs[i]) {
        x.mode = OperandMode::Value;
        x.expr = lhs[i];  // we don't have a better rhs expression to use here
        x.type = rhs[i];
        initVar(obj, x, "range clause");
      } else {
        obj->type = invalidType();
        obj->used = true;  // don't complain about unused variable
      }
    }

    // declare variables
    if (!vars.empty()) {
      Pos scopePos = s->body->pos;
      for (Var* obj : vars) declare(env_.scope, nullptr /* recordDef already called */, obj, scopePos);
    } else {
      error(s, "no new variables on left side of :=");
    }
  } else {
    // ordinary assignment
    for (int i = 0; i < 2; i++) {
      if (!lhs[i] || !rhs[i]) continue;
      x.mode = OperandMode::Value;
      x.expr = lhs[i];  // we don't have a better rhs expression to use here
      x.type = rhs[i];
      assignVar(lhs[i], x);
    }
  }

  stmt(inner, s->body);
  closeScope();
}

}  // namespace goji
