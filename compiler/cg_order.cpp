// The order of evaluation inside a statement, as gc's order pass fixes it
// (cmd/compile/internal/walk/order.go). The spec orders only function and
// method calls, receives and the operands of && and || among themselves;
// when a variable is read relative to a call that changes it is left open.
// Go programs see gc's choice, so goji makes the same one: a statement's
// calls (len, cap, append, make, new, copy and recover included), receives,
// slicings, []byte and []rune conversions, type assertions to non-pointer
// types, map literals (built entry by entry) and && / || expressions are
// evaluated first, in source order and each after the ones inside it,
// into values the statement then uses (CodeGen::evaluated); variables,
// indexing, field reads and dereferences are read afterwards, as the
// statement itself runs. So `x := g + f()` adds the g that f left, and
// `s[i].next = grow()` stores into the slice grow returned.
//
// The statements so ordered: assignments, declarations (package variables'
// initializers too), expression statements, returns and sends, the
// conditions of if, switch (tag and each case) and for, range expressions,
// type switch guards, and each channel and value of a select's cases. The
// arguments of defer and go are not: gc evaluates them left to right into
// the deferred call.
//
// A statement's root expression is evaluated ahead only where gc copies it
// to a temporary: a value assigned to anything but a plain name (`p.x =
// f()` calls f before p is read and nil-checked), the values of tuple
// assignments and returns. Tuple-valued calls are never evaluated ahead
// (their results are unpacked by their users), and nothing inside a
// function literal is.
#include "compiler/cg.h"

namespace goji {

namespace {

bool aheadBuiltin(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append:
    case BuiltinId::Cap:
    case BuiltinId::Copy:
    case BuiltinId::Len:
    case BuiltinId::Make:
    case BuiltinId::New:
    case BuiltinId::Recover: return true;
    default: return false;
  }
}

}  // namespace

CodeGen::StmtOrder::~StmtOrder() {
  for (Expr* e : ahead_) cg_.evaluated.erase(e);
}

Val CodeGen::orderedExpr(Expr* e, Type* t) {
  StmtOrder order(*this);
  order.operands(e, false);
  return exprAs(e, t);
}

void CodeGen::StmtOrder::operands(Expr* e, bool self) {
  if (!e || e->mode == OperandMode::TypeExpr || (e->mode == OperandMode::Constant && e->value)) return;
  if (cg_.evaluated.count(e)) return;
  bool ahead = false;
  switch (e->kind) {
    case NodeKind::ParenExpr: operands(static_cast<ParenExpr*>(e)->x, self); return;
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(e);
      if (o->op == Op::AndAnd || o->op == Op::OrOr) {
        operands(o->x, true);  // the right operand is conditional
        ahead = true;
        break;
      }
      if (o->op == Op::Recv && !o->y && cg_.selectedRecv.count(o)) return;  // a select case's, received already
      operands(o->x, true);
      operands(o->y, true);
      ahead = o->op == Op::Recv && !o->y;
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<CallExpr*>(e);
      Expr* f = unparen(c->fun);
      if (f->mode == OperandMode::TypeExpr) {
        operands(c->args[0], true);
        ahead = under(e->type)->is<Slice>() && isString(c->args[0]->type);  // []byte(s), []rune(s)
        break;
      }
      if (f->mode == OperandMode::Builtin) {
        ahead = aheadBuiltin(static_cast<Builtin*>(f->as<Name>()->obj)->id);
      } else {
        auto* s = f->as<SelectorExpr>();
        operands(s && s->selection ? s->x : f, true);
        ahead = true;
      }
      for (Expr* a : c->args) operands(a, true);
      ahead = ahead && e->type && !e->type->is<Tuple>();
      break;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(e);
      operands(ix->x, true);
      operands(ix->index, true);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<SliceExpr*>(e);
      operands(s->x, true);
      for (Expr* i : s->index) operands(i, true);
      ahead = true;
      break;
    }
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<SelectorExpr*>(e);
      if (s->selection) operands(s->x, true);
      return;
    }
    case NodeKind::AssertExpr: {
      operands(static_cast<AssertExpr*>(e)->x, true);
      ahead = !isPointerShaped(e->type);
      break;
    }
    case NodeKind::CompositeLit:
      // A map literal is built ahead, entry by entry (gc makes each entry
      // a statement of its own); other literals' elements are operands.
      if (under(e->type)->is<Map>()) {
        ahead = true;
        break;
      }
      for (Expr* x : static_cast<CompositeLit*>(e)->elems) operands(x, true);
      return;
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<KeyValueExpr*>(e);
      operands(kv->key, true);
      operands(kv->val, true);
      return;
    }
    default: return;  // names, literals; function literals' bodies run later
  }
  if (ahead && self) {
    cg_.evaluated[e] = cg_.expr(e);
    ahead_.push_back(e);
  }
}

}  // namespace goji
