// Assignments and initializations (types2 assignments.go).
#include "compiler/checker.h"
#include "compiler/program.h"

namespace goji {

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case OperandMode::Invalid: return;  // error reported before
    case OperandMode::Constant:
    case OperandMode::Variable:
    case OperandMode::MapIndex:
    case OperandMode::Value:
    case OperandMode::NilValue:
    case OperandMode::CommaOk:
    case OperandMode::CommaErr: break;
    default:
      // we may get here because of other problems (issue #39634, crash 12)
      error(x, "cannot assign " + str(x) + " to " + (T ? str(T) : "<nil>") + " in " + context);
      return;
  }
  if (isUntyped(x.type)) {
    Type* target = T;
    // spec: "If an untyped constant is assigned to a variable of interface
    // type or the blank identifier, the constant is first converted to type
    // bool, rune, int, float64, complex128 or string respectively, depending
    // on whether the value is a boolean, rune, integer, floating-point,
    // complex, or string constant."
    if (x.isNil()) {
      if (!T) {
        error(x, "use of untyped nil in " + context);
        x.mode = OperandMode::Invalid;
        return;
      }
    } else if (!T || isInterface(T)) {
      target = defaultType(x.type);
    }
    Value val;
    int code = 0;
    Type* newType = implicitTypeAndValue(x, target, &val, &code);
    if (code) {
      std::string msg = "cannot use " + str(x) + " as " + str(target) + " value in " + context;
      if (code == 1) msg += " (truncated)";
      if (code == 2) msg += " (overflows)";
      error(x, msg);
      x.mode = OperandMode::Invalid;
      return;
    }
    if (val.known()) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (newType != x.type) {
      x.type = newType;
      if (x.expr) updateExprType(x.expr, newType, false);
    }
  }
  // A generic (non-instantiated) function value cannot be assigned to a variable.
  if (!T) return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    if (!reason.empty()) {
      error(x, "cannot use " + str(x) + " as type " + str(T) + " in " + context + ":\n\t" + reason);
    } else {
      error(x, "cannot use " + str(x) + " as type " + str(T) + " in " + context);
    }
    x.mode = OperandMode::Invalid;
  }
}

void Checker::initConst(Const* lhs, Operand& x) {
  if (x.mode == OperandMode::Invalid || x.type == invalidType() || lhs->type == invalidType()) {
    if (!lhs->type) lhs->type = invalidType();
    return;
  }
  // rhs must be a constant
  if (x.mode != OperandMode::Constant) {
    error(x, str(x) + " is not constant");
    if (!lhs->type) lhs->type = invalidType();
    return;
  }
  // If the lhs doesn't have a type yet, use the type of x.
  if (!lhs->type) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.mode == OperandMode::Invalid) return;
  lhs->val = internValue(x.val);
}

Type* Checker::initVar(Var* lhs, Operand& x, const std::string& context) {
  if (x.mode == OperandMode::Invalid || x.type == invalidType() || lhs->type == invalidType()) {
    if (!lhs->type) lhs->type = invalidType();
    lhs->used = true;  // avoid follow-on "declared but not used" errors
    return nullptr;
  }
  // If lhs doesn't have a type yet, use the type of x.
  if (!lhs->type) {
    Type* t = x.type;
    if (isUntyped(t)) {
      // convert untyped types to default types
      if (t == basicType(BasicKind::UntypedNil)) {
        error(x, "use of untyped nil in " + context);
        lhs->type = invalidType();
        return nullptr;
      }
      t = defaultType(t);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.mode == OperandMode::Invalid) {
    lhs->used = true;
    return nullptr;
  }
  return x.type;
}

Type* Checker::assignVar(Expr* lhs, Operand& x) {
  if (x.mode == OperandMode::Invalid || x.type == invalidType()) {
    use(lhs);
    return nullptr;
  }
  // Determine if the lhs is a (possibly parenthesized) identifier.
  Name* ident = unparen(lhs)->as<Name>();
  // Don't evaluate lhs if it is the blank identifier.
  if (ident && ident->value == "_") {
    recordDef(ident, nullptr);
    assignment(x, nullptr, "assignment to _ identifier");
    if (x.mode == OperandMode::Invalid) return nullptr;
    return x.type;
  }
  // If the lhs is an identifier denoting a variable v, this assignment is not
  // a 'use' of v. Remember current value of v.used and restore after
  // evaluating the lhs via check.expr.
  Var* v = nullptr;
  bool vUsed = false;
  if (ident) {
    if (Object* obj = env_.scope->lookupParent(ident->value, env_.pos)) {
      if (Var* w = obj->as<Var>(); w && w->pkg == pkg_) {
        v = w;
        vUsed = v->used;
      }
    }
  }
  Operand z;
  expr(z, lhs);
  if (v) v->used = vUsed;
  if (z.mode == OperandMode::Invalid || z.type == invalidType()) return nullptr;
  // spec: "Each left-hand side operand must be addressable, a map index
  // expression, or the blank identifier. Operands may be parenthesized."
  switch (z.mode) {
    case OperandMode::Variable:
    case OperandMode::MapIndex: break;
    default: {
      if (SelectorExpr* sel = z.expr->as<SelectorExpr>()) {
        Operand op;
        expr(op, sel->x);
        if (op.mode == OperandMode::MapIndex) {
          error(z, "cannot assign to struct field " + exprString(z.expr) + " in map");
          return nullptr;
        }
      }
      error(z, "cannot assign to " + str(z));
      return nullptr;
    }
  }
  assignment(x, z.type, "assignment");
  if (x.mode == OperandMode::Invalid) return nullptr;
  return x.type;
}

std::string Checker::typesSummary(const std::vector<Type*>& list, bool variadic) {
  std::string res = "(";
  for (size_t i = 0; i < list.size(); i++) {
    Type* t = list[i];
    std::string s;
    if (!t || t == invalidType()) {
      s = "<T>";
    } else if (isUntyped(t)) {
      if (isNumeric(t)) {
        // Do not imply a specific type requirement: "have number, want float64"
        // is better than "have untyped int, want float64".
        s = "number";
      } else {
        s = std::string(t->as<Basic>()->name);
        if (s.starts_with("untyped ")) s = s.substr(8);
      }
    } else if (variadic && i + 1 == list.size()) {
      s = "..." + str(t->as<Slice>()->elem);
    }
    if (s.empty()) s = str(t);
    if (i > 0) res += ", ";
    res += s;
  }
  return res + ")";
}

static std::string measure(int x, const std::string& unit) {
  return std::to_string(x) + " " + unit + (x != 1 ? "s" : "");
}

void Checker::assignError(std::span<Expr*> rhs, int nvars, int nvals) {
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (CallExpr* call = unparen(rhs0)->as<CallExpr>()) {
      error(rhs0, "assignment mismatch: " + vars + " but " + str(call->fun) + " returns " + vals);
      return;
    }
  }
  error(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::initVars(std::span<Var*> lhs, std::span<Expr*> origRhs, ReturnStmt* returnStmt) {
  bool commaOk;
  std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2 && !returnStmt, &commaOk);
  if (lhs.size() != rhs.size()) {
    // invalidate lhs
    for (Var* obj : lhs) {
      obj->used = true;  // avoid declared but not used errors
      if (!obj->type) obj->type = invalidType();
    }
    // don't report an error if we already reported one
    for (Operand& x : rhs) {
      if (x.mode == OperandMode::Invalid) return;
    }
    if (returnStmt) {
      Pos at = startPos(returnStmt);
      std::string qualifier = "not enough";
      if (rhs.size() > lhs.size()) {
        at = startPos(rhs[lhs.size()].expr);  // report at first extra value
        qualifier = "too many";
      } else if (!rhs.empty()) {
        at = startPos(rhs.back().expr);  // report at last value
      }
      std::vector<Type*> have, want;
      for (Operand& x : rhs) have.push_back(x.type);
      for (Var* v : lhs) want.push_back(v->type);
      error(at, qualifier + " return values\n\thave " + typesSummary(have, false) + "\n\twant " +
                    typesSummary(want, false));
      return;
    }
    assignError(origRhs, static_cast<int>(lhs.size()), static_cast<int>(rhs.size()));
    return;
  }
  std::string context = returnStmt ? "return statement" : "assignment";
  if (commaOk) {
    for (size_t i = 0; i < 2; i++) initVar(lhs[i], rhs[i], context);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++) {
    if (!initVar(lhs[i], rhs[i], context)) ok = false;
  }
  // avoid follow-on "declared but not used" errors if any initialization failed
  if (!ok) {
    for (Var* v : lhs) v->used = true;
  }
}

void Checker::assignVars(std::span<Expr*> lhs, std::span<Expr*> origRhs) {
  bool commaOk;
  std::vector<Operand> rhs = exprList(origRhs, lhs.size() == 2, &commaOk);
  if (lhs.size() != rhs.size()) {
    use(lhs);
    // don't report an error if we already reported one
    for (Operand& x : rhs) {
      if (x.mode == OperandMode::Invalid) return;
    }
    assignError(origRhs, static_cast<int>(lhs.size()), static_cast<int>(rhs.size()));
    return;
  }
  if (commaOk) {
    for (size_t i = 0; i < 2; i++) assignVar(lhs[i], rhs[i]);
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++) {
    if (!assignVar(lhs[i], rhs[i])) ok = false;
  }
  // avoid follow-on "declared but not used" errors if any assignment failed
  if (!ok) {
    for (Expr* l : lhs) {
      if (Name* name = unparen(l)->as<Name>()) {
        if (Object* obj = env_.scope->lookupParent(name->value, env_.pos)) {
          if (Var* v = obj->as<Var>(); v && v->pkg == pkg_) v->used = true;
        }
      }
    }
  }
}

void Checker::shortVarDecl(Pos pos, std::span<Expr*> lhs, std::span<Expr*> rhs) {
  size_t top = delayed_.size();
  Scope* scope = env_.scope;
  // collect lhs variables
  std::set<std::string_view> seen;
  std::vector<Var*> lhsVars(lhs.size());
  std::vector<Var*> newVars;
  bool hasErr = false;
  for (size_t i = 0; i < lhs.size(); i++) {
    Name* ident = lhs[i]->as<Name>();
    if (!ident) {
      use(lhs[i]);
      error(lhs[i], "non-name " + str(lhs[i]) + " on left side of :=");
      hasErr = true;
      continue;
    }
    std::string_view name = ident->value;
    if (name != "_") {
      if (seen.count(name)) {
        error(lhs[i], str(lhs[i]) + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
      seen.insert(name);
    }
    // Use the correct obj if the ident is redeclared. The variable's scope
    // starts after the declaration; so we must use Scope.Lookup here and call
    // Scope.Insert (via check.declare) later.
    if (Object* alt = scope->lookup(name)) {
      recordUse(ident, alt);
      // redeclared object must be a variable
      if (Var* obj = alt->as<Var>()) {
        lhsVars[i] = obj;
      } else {
        error(lhs[i], "cannot assign to " + str(lhs[i]));
        hasErr = true;
      }
      continue;
    }
    // declare new variable
    Var* obj = newVar(ident->pos, pkg_, name, nullptr);
    lhsVars[i] = obj;
    if (name != "_") newVars.push_back(obj);
    recordDef(ident, obj);
  }
  // create dummy variables where the lhs is invalid
  for (size_t i = 0; i < lhsVars.size(); i++) {
    if (!lhsVars[i]) lhsVars[i] = newVar(lhs[i]->pos, pkg_, "_", nullptr);
  }
  initVars(lhsVars, rhs, nullptr);
  // process function literals in rhs expressions before scope changes
  processDelayed(top);
  if (newVars.empty() && !hasErr) {
    error(pos, "no new variables on left side of :=", true);
    return;
  }
  // declare new variables
  // spec: "The scope of a constant or variable identifier declared inside a
  // function begins at the end of the ConstSpec or VarSpec (ShortVarDecl for
  // short variable declarations) and ends at the end of the innermost
  // containing block."
  Pos scopePos = endPos(rhs.back());
  for (Var* obj : newVars) declare(scope, nullptr, obj, scopePos);
}

}  // namespace goji
