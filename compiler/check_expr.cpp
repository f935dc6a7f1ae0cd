// Expressions: operators, untyped constants and their final types,
// composite literals (types2 expr.go).
//
// All expressions are checked via rawExpr. Untyped expressions (constants,
// comparisons, shifts of untyped operands) are remembered in untyped_ and get
// their final type when used (updateExprType), so that a constant's
// representability is checked against the type it finally has.
#include <cmath>

#include "compiler/checker.h"
#include "compiler/program.h"

namespace goji {

namespace {

bool isComparison(Op op) {
  switch (op) {
    case Op::Eql:
    case Op::Neq:
    case Op::Lss:
    case Op::Leq:
    case Op::Gtr:
    case Op::Geq: return true;
    default: return false;
  }
}

bool isShift(Op op) { return op == Op::Shl || op == Op::Shr; }

Pos opPos(Expr* x) {
  if (!x) return Pos{};
  if (x->is<Operation>()) return x->pos;
  return startPos(x);
}

std::string opName(Expr* x) {
  if (Operation* e = x ? x->as<Operation>() : nullptr) {
    if (!e->y) return e->op == Op::Xor ? "bitwise complement" : "";
    switch (e->op) {
      case Op::Add: return "addition";
      case Op::Sub: return "subtraction";
      case Op::Xor: return "bitwise XOR";
      case Op::Mul: return "multiplication";
      case Op::Shl: return "shift";
      default: return "";
    }
  }
  return "";
}

int64_t basicSize(Basic* t) {
  switch (t->bkind) {
    case BasicKind::Int8:
    case BasicKind::Uint8: return 1;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 2;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32: return 4;
    default: return 8;  // int, uint, uintptr are 64 bits on goji's targets
  }
}

constexpr int kTruncatedFloat = 1, kNumericOverflow = 2, kInvalidConstVal = 3, kInvalidUntypedConversion = 4;

// Operator predicates (types2's unaryOpPredicates / binaryOpPredicates).
bool opAllowed(Op op, Type* t, bool unary) {
  if (unary) {
    switch (op) {
      case Op::Add:
      case Op::Sub: return allBasic(t, IsNumeric);
      case Op::Xor: return allBasic(t, IsInteger);
      case Op::Not: return allBasic(t, IsBoolean);
      default: return false;
    }
  }
  switch (op) {
    case Op::Add: return allBasic(t, IsNumeric | IsString);
    case Op::Sub:
    case Op::Mul:
    case Op::Div: return allBasic(t, IsNumeric);
    case Op::Rem:
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::AndNot: return allBasic(t, IsInteger);
    case Op::AndAnd:
    case Op::OrOr: return allBasic(t, IsBoolean);
    default: return false;
  }
}

}  // namespace

bool Checker::opPredicate(int unary, Operand& x, Op op) {
  if (!opAllowed(op, x.type, unary != 0)) {
    error(x, "invalid operation: operator " + std::string(opSpelling(op)) + " not defined on " + str(x));
    return false;
  }
  return true;
}

void Checker::overflow(Operand& x, Pos) {
  if (!x.val.known()) {
    error(opPos(x.expr), "constant result is not representable");
    return;
  }
  // Typed constants must be representable in their type after each operation.
  if (isTyped(x.type)) {
    representable(x, under(x.type)->as<Basic>());
    return;
  }
  // Untyped integer values must not grow arbitrarily.
  constexpr int kPrec = 512;
  if (x.val.kind() == Value::Kind::Int && x.val.bitLen() > kPrec) {
    std::string op = opName(x.expr);
    if (!op.empty()) op += " ";
    error(opPos(x.expr), "constant " + op + "overflow");
    x.val = Value();
  }
}

void Checker::unary(Operand& x, Operation* e) {
  expr(x, e->x);
  if (x.mode == OperandMode::Invalid) return;
  switch (e->op) {
    case Op::And:
      // spec: "As an exception to the addressability requirement x may also
      // be a composite literal."
      if (!unparen(e->x)->is<CompositeLit>() && x.mode != OperandMode::Variable) {
        error(x, "invalid operation: cannot take address of " + str(x));
        x.mode = OperandMode::Invalid;
        return;
      }
      x.mode = OperandMode::Value;
      x.type = newPointer(x.type);
      return;
    case Op::Recv: {
      Chan* ch = under(x.type)->as<Chan>();
      if (!ch) {
        error(x, "invalid operation: cannot receive from non-channel " + str(x));
        x.mode = OperandMode::Invalid;
        return;
      }
      if (ch->dir == ChanDirection::SendOnly) {
        error(x, "invalid operation: cannot receive from send-only channel " + str(x));
        x.mode = OperandMode::Invalid;
        return;
      }
      x.mode = OperandMode::CommaOk;
      x.type = ch->elem;
      env_.hasCallOrRecv = true;
      return;
    }
    case Op::Tilde:
      error(e, "cannot use ~ outside of interface or type constraint");
      x.mode = OperandMode::Invalid;
      return;
    default: break;
  }
  if (!opPredicate(1, x, e->op)) {
    x.mode = OperandMode::Invalid;
    return;
  }
  if (x.mode == OperandMode::Constant) {
    if (!x.val.known()) return;
    unsigned prec = 0;
    if (isUnsigned(x.type)) prec = static_cast<unsigned>(basicSize(under(x.type)->as<Basic>()) * 8);
    x.val = Value::unaryOp(e->op, x.val, prec);
    x.expr = e;
    overflow(x, Pos{});
    return;
  }
  x.mode = OperandMode::Value;
}

bool Checker::representableConst(const Value& x, Basic* t, Value* rounded) {
  if (!x.known()) return true;  // avoid follow-up errors
  if (t->info & IsInteger) {
    Value xi = x.toInt();
    if (xi.kind() != Value::Kind::Int) return false;
    if (rounded) *rounded = xi;
    bool exact;
    int64_t v = xi.int64Val(&exact);
    if (exact) {
      switch (t->bkind) {
        case BasicKind::Int8: return -128 <= v && v <= 127;
        case BasicKind::Int16: return -32768 <= v && v <= 32767;
        case BasicKind::Int32: return INT32_MIN <= v && v <= INT32_MAX;
        case BasicKind::Int:
        case BasicKind::Int64:
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune: return true;
        case BasicKind::Uint8: return 0 <= v && v <= 255;
        case BasicKind::Uint16: return 0 <= v && v <= 65535;
        case BasicKind::Uint32: return 0 <= v && v <= UINT32_MAX;
        case BasicKind::Uint:
        case BasicKind::Uintptr:
        case BasicKind::Uint64: return 0 <= v;
        default: return false;
      }
    }
    int n = xi.bitLen();
    switch (t->bkind) {
      case BasicKind::Uint:
      case BasicKind::Uintptr:
      case BasicKind::Uint64: return xi.sign() >= 0 && n <= 64;
      case BasicKind::UntypedInt:
      case BasicKind::UntypedRune: return true;
      default: return false;
    }
  }
  if (t->info & IsFloat) {
    Value xf = x.toFloat();
    if (xf.kind() != Value::Kind::Float) return false;
    switch (t->bkind) {
      case BasicKind::Float32: {
        float f = xf.float32Val();
        if (std::isinf(f)) return false;
        if (rounded) *rounded = Value::makeFloat64(f);
        return true;
      }
      case BasicKind::Float64: {
        double f = xf.float64Val();
        if (std::isinf(f)) return false;
        if (rounded) *rounded = Value::makeFloat64(f);
        return true;
      }
      case BasicKind::UntypedFloat: return true;
      default: return false;
    }
  }
  if (t->info & IsComplex) return false;
  if (t->info & IsString) return x.kind() == Value::Kind::String;
  if (t->info & IsBoolean) return x.kind() == Value::Kind::Bool;
  return false;
}

int Checker::representation(Operand& x, Basic* t, Value* out) {
  Value v = x.val;
  if (!representableConst(x.val, t, &v)) {
    if (isNumeric(x.type) && (t->info & IsNumeric)) {
      if (!isInteger(x.type) && (t->info & IsInteger)) return kTruncatedFloat;
      return kNumericOverflow;
    }
    return kInvalidConstVal;
  }
  *out = std::move(v);
  return 0;
}

void Checker::representable(Operand& x, Basic* t) {
  Value v;
  int code = representation(x, t, &v);
  if (code) {
    invalidConversion(code, x, t);
    x.mode = OperandMode::Invalid;
    return;
  }
  x.val = std::move(v);
}

void Checker::invalidConversion(int code, Operand& x, Type* target) {
  switch (code) {
    case kTruncatedFloat: error(x, str(x) + " truncated to " + str(target)); break;
    case kNumericOverflow: error(x, str(x) + " overflows " + str(target)); break;
    default: error(x, "cannot convert " + str(x) + " to " + str(target));
  }
}

void Checker::updateExprType(Expr* x, Type* t, bool final) { updateExprType0(nullptr, x, t, final); }

void Checker::updateExprType0(Expr* parent, Expr* x, Type* t, bool final) {
  auto it = untyped_.find(x);
  if (it == untyped_.end()) return;
  UntypedInfo old = it->second;
  switch (x->kind) {
    case NodeKind::CallExpr:
    case NodeKind::Name:
    case NodeKind::BasicLit:
    case NodeKind::SelectorExpr: break;
    case NodeKind::ParenExpr: updateExprType0(x, static_cast<ParenExpr*>(x)->x, t, final); break;
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(x);
      if (!o->y) {
        if (o->op == Op::Mul) return;
        // A constant operand's type and value were updated by the root already.
        if (old.mode == OperandMode::Constant) break;
        updateExprType0(x, o->x, t, final);
        break;
      }
      if (old.mode == OperandMode::Constant) break;
      if (isComparison(o->op)) {
        // The result type is independent of the operand types.
      } else if (isShift(o->op)) {
        updateExprType0(x, o->x, t, final);
      } else {
        updateExprType0(x, o->x, t, final);
        updateExprType0(x, o->y, t, final);
      }
      break;
    }
    default: return;
  }
  if (!final && isUntyped(t)) {
    old.typ = under(t)->as<Basic>();
    untyped_[x] = old;
    return;
  }
  untyped_.erase(x);
  if (old.isLhs) {
    // The operand is the lhs of a shift: its final type must be an integer.
    if (!allBasic(t, IsInteger)) {
      error(x, "invalid operation: " + str(parent) + " (shift of type " + str(t) + ")");
      return;
    }
  }
  if (old.mode == OperandMode::Constant) {
    Operand c;
    c.mode = old.mode;
    c.expr = x;
    c.type = old.typ;
    c.val = old.val;
    convertUntyped(c, t);
    if (c.mode == OperandMode::Invalid) return;
  }
  recordTypeAndValue(x, old.mode, t, old.mode == OperandMode::Constant ? internValue(old.val) : nullptr);
}

void Checker::updateExprVal(Expr* x, const Value& val) {
  auto it = untyped_.find(x);
  if (it != untyped_.end()) it->second.val = val;
}

void Checker::convertUntyped(Operand& x, Type* target) {
  Value val;
  int code = 0;
  Type* newType = implicitTypeAndValue(x, target, &val, &code);
  if (code) {
    invalidConversion(code, x, under(target));
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

Type* Checker::implicitTypeAndValue(Operand& x, Type* target, Value* val, int* code) {
  *code = 0;
  if (x.mode == OperandMode::Invalid || isTyped(x.type) || target == invalidType()) return x.type;
  if (isUntyped(target)) {
    // Both x and target are untyped.
    BasicKind xk = x.type->as<Basic>()->bkind, tk = target->as<Basic>()->bkind;
    if (isNumeric(x.type) && isNumeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = kInvalidUntypedConversion;
      return nullptr;
    }
    return x.type;
  }
  if (x.isNil()) {
    if (hasNil(target)) return target;
    *code = kInvalidUntypedConversion;
    return nullptr;
  }
  Type* u = under(target);
  if (Basic* b = u->as<Basic>()) {
    if (x.mode == OperandMode::Constant) {
      Value v;
      int c = representation(x, b, &v);
      if (c) {
        *code = c;
        return nullptr;
      }
      *val = v;
      return target;
    }
    // Non-constant untyped values may appear as results of comparisons
    // (untyped bool), intermediate (delayed-checked) rhs operands of shifts,
    // and as the value nil.
    switch (x.type->as<Basic>()->bkind) {
      case BasicKind::UntypedBool:
        if (!isBoolean(target)) {
          *code = kInvalidUntypedConversion;
          return nullptr;
        }
        break;
      case BasicKind::UntypedInt:
      case BasicKind::UntypedRune:
      case BasicKind::UntypedFloat:
      case BasicKind::UntypedComplex:
        if (!isNumeric(target)) {
          *code = kInvalidUntypedConversion;
          return nullptr;
        }
        break;
      case BasicKind::UntypedString:
        if (!isString(target)) {
          *code = kInvalidUntypedConversion;
          return nullptr;
        }
        break;
      default: *code = kInvalidUntypedConversion; return nullptr;
    }
    return target;
  }
  if (Interface* it = u->as<Interface>()) {
    // Untyped values may only be assigned to empty interfaces.
    if (!allMethods(it).empty()) {
      *code = kInvalidUntypedConversion;
      return nullptr;
    }
    return defaultType(x.type);
  }
  *code = kInvalidUntypedConversion;
  return nullptr;
}

std::string Checker::kindString(Type* t) {
  switch (under(t)->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    default: return str(t);
  }
}

std::string Checker::incomparableCause(Type* t) {
  Type* u = under(t);
  if (u->is<Slice>() || u->is<Signature>() || u->is<Map>()) return kindString(t) + " can only be compared to nil";
  if (Struct* s = u->as<Struct>()) {
    for (Var* f : s->fields) {
      if (!comparable(f->type, true)) return "struct containing " + str(f->type) + " cannot be compared";
    }
  }
  if (Array* a = u->as<Array>()) {
    if (!comparable(a->elem, true)) return str(u) + " cannot be compared";
  }
  return "";
}

void Checker::comparison(Operand& x, Operand& y, Op op, bool switchCase) {
  if (switchCase) op = Op::Eql;
  Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + str(x.type) + " and " + str(y.type);
  } else {
    switch (op) {
      case Op::Eql:
      case Op::Neq:
        if (x.isNil() || y.isNil()) {
          Type* t = x.isNil() ? y.type : x.type;
          if (!hasNil(t)) {
            errOp = &y;
            ok = false;
          }
        } else if (!comparable(x.type, true)) {
          errOp = &x;
          cause = incomparableCause(x.type);
          ok = false;
        } else if (!comparable(y.type, true)) {
          errOp = &y;
          cause = incomparableCause(y.type);
          ok = false;
        }
        break;
      default:
        if (!allBasic(x.type, IsOrdered)) {
          errOp = &x;
          ok = false;
        } else if (!allBasic(y.type, IsOrdered)) {
          errOp = &y;
          ok = false;
        }
    }
  }
  if (ok) {
    if (x.mode == OperandMode::Constant && y.mode == OperandMode::Constant) {
      x.val = Value::makeBool(Value::compare(x.val, op, y.val));
    } else {
      x.mode = OperandMode::Value;
      // The operands have now their final types, which at run-time will be
      // materialized. Update the expression trees.
      if (x.expr) updateExprType(x.expr, defaultType(x.type), true);
      if (y.expr) updateExprType(y.expr, defaultType(y.type), true);
    }
    x.type = basicType(BasicKind::UntypedBool);
    return;
  }
  if (cause.empty()) cause = "operator " + std::string(opSpelling(op)) + " not defined on " + kindString(errOp->type);
  if (switchCase) {
    error(x, "invalid case " + str(x.expr) + " in switch on " + str(y.expr) + " (" + cause + ")");
  } else {
    error(*errOp, "invalid operation: " + str(x.expr) + " " + std::string(opSpelling(op)) + " " + str(y.expr) + " (" +
                      cause + ")");
  }
  x.mode = OperandMode::Invalid;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Op op) {
  Value xval;
  if (x.mode == OperandMode::Constant) xval = x.val.toInt();
  if (allBasic(x.type, IsInteger) || (isUntyped(x.type) && xval.kind() == Value::Kind::Int)) {
    // The lhs is of integer type or an untyped constant representable as an integer.
  } else {
    error(x, "invalid operation: shifted operand " + str(x) + " must be integer");
    x.mode = OperandMode::Invalid;
    return;
  }
  if (y.mode == OperandMode::Constant) {
    Value yval = y.val.toInt();  // consider -1, 1.0, but not -1.1
    if (yval.kind() == Value::Kind::Int && yval.sign() < 0) {
      error(y, "invalid operation: negative shift count " + str(y));
      x.mode = OperandMode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      // Caution: check.representable doesn't update y.type, only y.val.
      representable(y, basicType(BasicKind::Uint));
      if (y.mode == OperandMode::Invalid) {
        x.mode = OperandMode::Invalid;
        return;
      }
    }
  } else if (allBasic(y.type, IsInteger)) {
  } else if (isUntyped(y.type)) {
    convertUntyped(y, basicType(BasicKind::Uint));
    if (y.mode == OperandMode::Invalid) {
      x.mode = OperandMode::Invalid;
      return;
    }
  } else {
    error(y, "invalid operation: shift count " + str(y) + " must be integer");
    x.mode = OperandMode::Invalid;
    return;
  }
  if (x.mode == OperandMode::Constant) {
    if (y.mode == OperandMode::Constant) {
      if (!x.val.known() || !y.val.known()) {
        x.val = Value();
        if (!isInteger(x.type)) x.type = basicType(BasicKind::UntypedInt);
        return;
      }
      // Shift count bound so that smallestFloat64 can be expressed (go.dev/issue/44057).
      constexpr uint64_t kShiftBound = 1023 - 1 + 52;
      bool ok;
      uint64_t s = y.val.uint64Val(&ok);
      if (!ok || s > kShiftBound) {
        error(y, "invalid operation: invalid shift count " + str(y));
        x.mode = OperandMode::Invalid;
        return;
      }
      // The lhs is representable as an integer but may not be an integer
      // (e.g., 2.0, an untyped float).
      if (!isInteger(x.type)) x.type = basicType(BasicKind::UntypedInt);
      x.val = Value::shift(xval, op, static_cast<unsigned>(s));
      x.expr = e;
      overflow(x, Pos{});
      return;
    }
    // Non-constant shift with constant lhs: the lhs gets its type from context.
    if (isUntyped(x.type)) {
      auto it = untyped_.find(x.expr);
      if (it != untyped_.end()) it->second.isLhs = true;
      x.mode = OperandMode::Value;
      return;
    }
  }
  if (!allBasic(x.type, IsInteger)) {
    error(x, "invalid operation: shifted operand " + str(x) + " must be integer");
    x.mode = OperandMode::Invalid;
    return;
  }
  x.mode = OperandMode::Value;
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Op op) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.mode == OperandMode::Invalid) return;
  if (y.mode == OperandMode::Invalid) {
    x.mode = OperandMode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (isShift(op)) {
    shift(x, y, e, op);
    return;
  }
  auto canMix = [&](Operand& a, Operand& b) {
    if (isInterface(a.type) || isInterface(b.type)) return true;
    if (allBasic(a.type, IsBoolean) != allBasic(b.type, IsBoolean)) return false;
    if (allBasic(a.type, IsString) != allBasic(b.type, IsString)) return false;
    if (a.isNil() && !hasNil(b.type)) return false;
    if (b.isNil() && !hasNil(a.type)) return false;
    return true;
  };
  if (canMix(x, y)) {
    convertUntyped(x, y.type);
    if (x.mode == OperandMode::Invalid) return;
    convertUntyped(y, x.type);
    if (y.mode == OperandMode::Invalid) {
      x.mode = OperandMode::Invalid;
      return;
    }
  }
  if (isComparison(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    // Only report an error if we have valid types
    // (otherwise we had an error reported elsewhere already).
    if (x.type != invalidType() && y.type != invalidType()) {
      if (e) {
        error(x, "invalid operation: " + str(e) + " (mismatched types " + str(x.type) + " and " + str(y.type) + ")");
      } else {
        error(x, "invalid operation: " + str(lhs) + " " + std::string(opSpelling(op)) + "= " + str(rhs) +
                     " (mismatched types " + str(x.type) + " and " + str(y.type) + ")");
      }
    }
    x.mode = OperandMode::Invalid;
    return;
  }
  if (!opPredicate(0, x, op)) {
    x.mode = OperandMode::Invalid;
    return;
  }
  if (op == Op::Div || op == Op::Rem) {
    // Check for zero divisor.
    if ((x.mode == OperandMode::Constant || allBasic(x.type, IsInteger)) && y.mode == OperandMode::Constant &&
        y.val.sign() == 0) {
      error(y, "invalid operation: division by zero");
      x.mode = OperandMode::Invalid;
      return;
    }
  }
  if (x.mode == OperandMode::Constant && y.mode == OperandMode::Constant) {
    if (!x.val.known() || !y.val.known()) {
      x.val = Value();
      return;
    }
    // Force integer division for integer operands.
    x.val = Value::binaryOp(x.val, op, y.val, op == Op::Div && isInteger(x.type));
    x.expr = e;
    overflow(x, Pos{});
    return;
  }
  x.mode = OperandMode::Value;
}

// ---------------------------------------------------------------------------
// Expression dispatch

ExprKind Checker::rawExpr(Operand& x, Expr* e, Type* hint) {
  ExprKind kind = exprInternal(x, e, hint);
  record(x);
  return kind;
}

void Checker::funcLit(Operand& x, FuncLit* e) {
  Type* t = typ(e->typ);
  Signature* sig = t->as<Signature>();
  if (!sig) {
    x.mode = OperandMode::Invalid;
    return;
  }
  if (!conf_.ignoreFuncBodies && e->body) {
    // Anonymous functions are considered part of the init expression/func
    // declaration which contains them: use the existing package-level
    // declaration info.
    DeclInfo* decl = env_.decl;
    const Value* iota = env_.iota;
    later([this, decl, sig, e, iota] { funcBody(decl, "<function literal>", sig, e->body, iota); });
  }
  x.mode = OperandMode::Value;
  x.type = sig;
}

namespace {

// A comparable key for duplicate detection of constant map keys (types2 keyVal).
std::string keyVal(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Float: {
      Value i = v.toInt();
      if (i.kind() != Value::Kind::Int) return "f:" + v.exactString();
      return "i:" + i.exactString();
    }
    case Value::Kind::Int: return "i:" + v.exactString();
    case Value::Kind::String: return "s:" + v.stringVal();
    case Value::Kind::Bool: return v.boolVal() ? "b:1" : "b:0";
    default: return "?";
  }
}

int fieldIndex(std::span<Var*> fields, Package* pkg, std::string_view name) {
  if (name != "_") {
    for (size_t i = 0; i < fields.size(); i++) {
      if (sameId(fields[i], pkg, name)) return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace

void Checker::compositeLit(Operand& x, CompositeLit* e, Type* hint) {
  Type* t = nullptr;
  Type* base = nullptr;
  if (e->typ) {
    // [...]T array types may only appear with composite literals.
    if (ArrayType* atyp = e->typ->as<ArrayType>(); atyp && !atyp->len) {
      Array* a = make<Array>();
      a->len = -1;
      a->elem = varType(atyp->elem);
      t = base = a;
    } else {
      t = base = typ(e->typ);
    }
  } else if (hint) {
    // No composite literal type present - use hint (element type of enclosing type).
    t = hint;
    base = under(t);
    if (Pointer* p = base->as<Pointer>()) base = p->base;  // *T implies &T{}
  } else {
    error(e, "missing type in composite literal");
    x.mode = OperandMode::Invalid;
    return;
  }
  Type* u = under(base);
  // A literal of a type whose declaration is still being checked (in an
  // array length, say) finds its parts not yet set up.
  bool setUp = true;
  switch (u->kind) {
    case TypeKind::Struct: setUp = u->as<Struct>()->setUp; break;
    case TypeKind::Array: setUp = u->as<Array>()->elem; break;
    case TypeKind::Slice: setUp = u->as<Slice>()->elem; break;
    case TypeKind::Map: setUp = u->as<Map>()->key && u->as<Map>()->elem; break;
    default: break;
  }
  if (!setUp) {
    error(e, "illegal cycle in type declaration");
    x.mode = OperandMode::Invalid;
    return;
  }
  switch (u->kind) {
    case TypeKind::Struct: {
      Struct* utyp = u->as<Struct>();
      if (e->elems.empty()) break;
      std::span<Var*> fields = utyp->fields;
      if (e->elems[0]->is<KeyValueExpr>()) {
        std::vector<bool> visited(fields.size());
        for (Expr* el : e->elems) {
          KeyValueExpr* kv = el->as<KeyValueExpr>();
          if (!kv) {
            error(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          Name* key = kv->key->as<Name>();
          // Do all possible checks early (before exiting due to errors) so we
          // don't drop information on the floor.
          expr(x, kv->val);
          if (!key) {
            error(kv, "invalid field name " + str(kv->key) + " in struct literal");
            continue;
          }
          int i = fieldIndex(fields, pkg_, key->value);
          if (i < 0) {
            error(kv->key, "unknown field '" + std::string(key->value) + "' in struct literal of type " + str(base));
            continue;
          }
          Var* fld = fields[i];
          recordUse(key, fld);
          assignment(x, fld->type, "struct literal");
          if (visited[i]) {
            error(kv, "duplicate field name " + std::string(key->value) + " in struct literal");
            continue;
          }
          visited[i] = true;
        }
      } else {
        // No element must have a key.
        for (size_t i = 0; i < e->elems.size(); i++) {
          Expr* el = e->elems[i];
          if (KeyValueExpr* kv = el->as<KeyValueExpr>()) {
            error(kv, "mixture of field:value and value elements in struct literal");
            continue;
          }
          expr(x, el);
          if (i >= fields.size()) {
            error(x, "too many values in " + str(base) + "{…}");
            break;
          }
          Var* fld = fields[i];
          if (!fld->exported() && fld->pkg != pkg_) {
            error(x, "implicit assignment to unexported field " + std::string(fld->name) + " in " + str(t) +
                         " literal");
            continue;
          }
          assignment(x, fld->type, "struct literal");
        }
        if (e->elems.size() < fields.size()) error(e->rbrace, "too few values in " + str(base) + "{…}");
      }
      break;
    }
    case TypeKind::Array: {
      Array* utyp = u->as<Array>();
      int64_t n = indexedElts(e->elems, utyp->elem, utyp->len);
      // If we have an array of unknown length (usually [...]T arrays, but also
      // arrays [n]T where n is invalid) set the length now that we know it.
      if (utyp->len < 0) {
        utyp->len = n;
        if (e->typ) recordTypeAndValue(e->typ, OperandMode::TypeExpr, utyp, nullptr);
      }
      break;
    }
    case TypeKind::Slice: indexedElts(e->elems, u->as<Slice>()->elem, -1); break;
    case TypeKind::Map: {
      Map* utyp = u->as<Map>();
      bool keyIsInterface = isInterface(utyp->key);
      std::map<std::string, std::vector<Type*>> visited;
      for (Expr* el : e->elems) {
        KeyValueExpr* kv = el->as<KeyValueExpr>();
        if (!kv) {
          error(el, "missing key in map literal");
          continue;
        }
        exprWithHint(x, kv->key, utyp->key);
        assignment(x, utyp->key, "map literal");
        if (x.mode == OperandMode::Invalid) continue;
        if (x.mode == OperandMode::Constant) {
          bool duplicate = false;
          std::string xkey = keyVal(x.val);
          if (keyIsInterface) {
            for (Type* vt : visited[xkey]) {
              if (identical(vt, x.type)) {
                duplicate = true;
                break;
              }
            }
            visited[xkey].push_back(x.type);
          } else {
            duplicate = visited.count(xkey) > 0;
            visited[xkey];
          }
          if (duplicate) {
            error(x, "duplicate key " + x.val.toString() + " in map literal");
            continue;
          }
        }
        exprWithHint(x, kv->val, utyp->elem);
        assignment(x, utyp->elem, "map literal");
      }
      break;
    }
    default: {
      // When "using" all elements unpack KeyValueExpr explicitly because
      // check.use doesn't accept them.
      for (Expr* el : e->elems) {
        if (KeyValueExpr* kv = el->as<KeyValueExpr>()) el = kv->val;
        use(el);
      }
      // If utyp is invalid, an error was reported before.
      if (u != invalidType()) {
        error(e, "invalid composite literal type " + str(t));
        x.mode = OperandMode::Invalid;
        return;
      }
    }
  }
  x.mode = OperandMode::Value;
  x.type = t;
}

ExprKind Checker::exprInternal(Operand& x, Expr* e, Type* hint) {
  // Make sure x has a valid state in case of bailout.
  x.mode = OperandMode::Invalid;
  x.type = invalidType();
  auto fail = [&] {
    x.mode = OperandMode::Invalid;
    x.expr = e;
    return ExprKind::Statement;  // avoid follow-up errors
  };
  switch (e->kind) {
    case NodeKind::BadExpr: return fail();
    case NodeKind::Name: ident(x, static_cast<Name*>(e), nullptr, false); break;
    case NodeKind::DotsType: error(e, "invalid use of '...'"); return fail();
    case NodeKind::BasicLit: {
      auto* b = static_cast<BasicLit*>(e);
      if (b->bad) return fail();
      if (b->litKind == LitKind::Int || b->litKind == LitKind::Float || b->litKind == LitKind::Imag) {
        // Literals longer than this many bits are not meaningful, and
        // excessively long constants may consume a lot of time and memory.
        constexpr size_t kLimit = 10000;
        if (b->value.size() > kLimit) {
          error(e, "excessively long constant: " + std::string(b->value.substr(0, 10)) + "... (" +
                       std::to_string(b->value.size()) + " chars)");
          return fail();
        }
      }
      if (b->litKind == LitKind::Imag) {
        notSupported(e->pos, "complex numbers (imaginary literal " + std::string(b->value) + ")");
        return fail();
      }
      BasicKind k = BasicKind::UntypedInt;
      switch (b->litKind) {
        case LitKind::Int: k = BasicKind::UntypedInt; break;
        case LitKind::Float: k = BasicKind::UntypedFloat; break;
        case LitKind::Rune: k = BasicKind::UntypedRune; break;
        case LitKind::String: k = BasicKind::UntypedString; break;
        case LitKind::Imag: break;
      }
      Value v = Value::fromLiteral(b->value, b->litKind);
      if (!v.known()) {
        // The parser established syntactic correctness: this is number
        // under- or overflow.
        error(e, "malformed constant: " + std::string(b->value));
        return fail();
      }
      x.mode = OperandMode::Constant;
      x.type = basicType(k);
      x.val = std::move(v);
      break;
    }
    case NodeKind::FuncLit:
      funcLit(x, static_cast<FuncLit*>(e));
      if (x.mode == OperandMode::Invalid) return fail();
      break;
    case NodeKind::CompositeLit:
      compositeLit(x, static_cast<CompositeLit*>(e), hint);
      if (x.mode == OperandMode::Invalid) return fail();
      break;
    case NodeKind::ParenExpr: {
      ExprKind kind = rawExpr(x, static_cast<ParenExpr*>(e)->x, nullptr);
      x.expr = e;
      return kind;
    }
    case NodeKind::SelectorExpr: selector(x, static_cast<SelectorExpr*>(e), nullptr); break;
    case NodeKind::IndexExpr:
      if (indexExpr(x, static_cast<IndexExpr*>(e))) {
        notSupported(e->pos, "generic function instantiation");
        x.mode = OperandMode::Invalid;
      }
      if (x.mode == OperandMode::Invalid) return fail();
      break;
    case NodeKind::SliceExpr:
      sliceExpr(x, static_cast<SliceExpr*>(e));
      if (x.mode == OperandMode::Invalid) return fail();
      break;
    case NodeKind::AssertExpr: {
      auto* a = static_cast<AssertExpr*>(e);
      expr(x, a->x);
      if (x.mode == OperandMode::Invalid) return fail();
      Interface* xi = under(x.type)->as<Interface>();
      if (!xi) {
        error(x, "invalid operation: " + str(x) + " is not an interface");
        return fail();
      }
      Type* T = varType(a->typ);
      if (T == invalidType()) return fail();
      typeAssertion(e, x, T, false);
      x.mode = OperandMode::CommaOk;
      x.type = T;
      break;
    }
    case NodeKind::TypeSwitchGuard: error(e, "invalid AST: use of .(type) outside type switch"); return fail();
    case NodeKind::CallExpr: return callExpr(x, static_cast<CallExpr*>(e));
    case NodeKind::ListExpr: error(e, "unexpected list of expressions"); return fail();
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(e);
      if (!o->y) {
        if (o->op == Op::Mul) {
          // pointer indirection
          exprOrType(x, o->x);
          switch (x.mode) {
            case OperandMode::Invalid: return fail();
            case OperandMode::TypeExpr:
              validVarType(o->x, x.type);
              x.type = newPointer(x.type);
              break;
            default: {
              Pointer* p = under(x.type)->as<Pointer>();
              if (!p) {
                error(x, "invalid operation: cannot indirect " + str(x));
                return fail();
              }
              x.mode = OperandMode::Variable;
              x.type = p->base;
            }
          }
          break;
        }
        unary(x, o);
        if (x.mode == OperandMode::Invalid) return fail();
        if (o->op == Op::Recv) {
          x.expr = e;
          return ExprKind::Statement;  // receive operations may appear in statement context
        }
        break;
      }
      binary(x, e, o->x, o->y, o->op);
      if (x.mode == OperandMode::Invalid) return fail();
      break;
    }
    case NodeKind::KeyValueExpr: error(e, "no key:value expected"); return fail();
    case NodeKind::ArrayType:
    case NodeKind::SliceType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      x.mode = OperandMode::TypeExpr;
      x.type = typ(e);
      break;
    default: return fail();
  }
  x.expr = e;
  return ExprKind::Expression;
}

void Checker::typeAssertion(Expr* e, Operand& x, Type* T, bool typeSwitch) {
  Func* alt = nullptr;
  Func* method = assertableTo(under(x.type)->as<Interface>(), T, &alt);
  if (!method) return;  // success
  std::string cause = missingMethodReason(T, x.type, method, alt);
  if (typeSwitch) {
    error(e, "impossible type switch case: " + str(e) + "\n\t" + str(x) + " cannot have dynamic type " + str(T) + " " +
                 cause);
    return;
  }
  error(e, "impossible type assertion: " + str(e) + "\n\t" + str(T) + " does not implement " + str(x.type) + " " +
               cause);
}

void Checker::expr(Operand& x, Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << static_cast<int>(OperandMode::NoValue) | 1u << static_cast<int>(OperandMode::Builtin) |
                 1u << static_cast<int>(OperandMode::TypeExpr));
  singleValue(x);
}

void Checker::multiExpr(Operand& x, Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << static_cast<int>(OperandMode::NoValue) | 1u << static_cast<int>(OperandMode::Builtin) |
                 1u << static_cast<int>(OperandMode::TypeExpr));
}

void Checker::exprWithHint(Operand& x, Expr* e, Type* hint) {
  rawExpr(x, e, hint);
  exclude(x, 1u << static_cast<int>(OperandMode::NoValue) | 1u << static_cast<int>(OperandMode::Builtin) |
                 1u << static_cast<int>(OperandMode::TypeExpr));
  singleValue(x);
}

void Checker::exprOrType(Operand& x, Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << static_cast<int>(OperandMode::NoValue));
  singleValue(x);
}

void Checker::exclude(Operand& x, unsigned modeset) {
  if (!(modeset & (1u << static_cast<int>(x.mode)))) return;
  std::string msg;
  switch (x.mode) {
    case OperandMode::NoValue:
      msg = (modeset & (1u << static_cast<int>(OperandMode::TypeExpr))) ? " used as value" : " used as value or type";
      break;
    case OperandMode::Builtin: msg = " must be called"; break;
    case OperandMode::TypeExpr: msg = " is not an expression"; break;
    default: break;
  }
  error(x, str(x) + msg);
  x.mode = OperandMode::Invalid;
}

void Checker::singleValue(Operand& x) {
  if (x.mode == OperandMode::Value && x.type && x.type->is<Tuple>()) {
    error(x, "multiple-value " + str(x) + " in single-value context");
    x.mode = OperandMode::Invalid;
  }
}

}  // namespace goji
