// Index and slice expressions, and the indices of composite literals
// (types2 index.go).
#include "compiler/checker.h"
#include "compiler/program.h"

namespace goji {

bool Checker::indexExpr(Operand& x, IndexExpr* e) {
  exprOrType(x, e->x);
  switch (x.mode) {
    case OperandMode::Invalid: use(e->index); return false;
    case OperandMode::TypeExpr:
      // type instantiation
      x.mode = OperandMode::Invalid;
      x.type = varType(e);
      if (x.type != invalidType()) x.mode = OperandMode::TypeExpr;
      return false;
    default: break;
  }
  bool valid = false;
  int64_t length = -1;  // valid if >= 0
  Type* u = under(x.type);
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        valid = true;
        if (x.mode == OperandMode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
        // an indexed string always yields a byte value (not a constant) even
        // if the string and the index are constant
        x.mode = OperandMode::Value;
        x.type = universe().byteType;  // use 'byte' name
      }
      break;
    case TypeKind::Array: {
      Array* a = u->as<Array>();
      valid = true;
      length = a->len;
      if (x.mode != OperandMode::Variable) x.mode = OperandMode::Value;
      x.type = a->elem;
      break;
    }
    case TypeKind::Pointer:
      if (Array* a = under(u->as<Pointer>()->base)->as<Array>()) {
        valid = true;
        length = a->len;
        x.mode = OperandMode::Variable;
        x.type = a->elem;
      }
      break;
    case TypeKind::Slice:
      valid = true;
      x.mode = OperandMode::Variable;
      x.type = u->as<Slice>()->elem;
      break;
    case TypeKind::Map: {
      Map* m = u->as<Map>();
      Expr* idx = singleIndex(e);
      if (!idx) {
        x.mode = OperandMode::Invalid;
        return false;
      }
      Operand key;
      expr(key, idx);
      assignment(key, m->key, "map index");
      // ok to continue even if indexing failed - map element type is known
      x.mode = OperandMode::MapIndex;
      x.type = m->elem;
      x.expr = e;
      return false;
    }
    default: break;
  }
  if (!valid) {
    error(e->pos, "invalid operation: cannot index " + str(x));
    x.mode = OperandMode::Invalid;
    return false;
  }
  Expr* idx = singleIndex(e);
  if (!idx) {
    x.mode = OperandMode::Invalid;
    return false;
  }
  // In pathological (invalid) cases (e.g.: type T1 [][[]T1{}[0][0]]T0)
  // the element type may be accessed before it's set. Make sure we have
  // a valid type.
  if (!x.type) x.type = invalidType();
  Type* t;
  index(idx, length, &t);
  return false;
}

void Checker::sliceExpr(Operand& x, SliceExpr* e) {
  expr(x, e->x);
  if (x.mode == OperandMode::Invalid) {
    for (Expr* i : e->index) use(i);
    return;
  }
  bool valid = false;
  int64_t length = -1;  // valid if >= 0
  Type* u = under(x.type);
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        if (e->full) {
          Expr* at = e->index[2];
          if (!at) at = e;  // e.Index[2] should be present but be careful
          error(at, "invalid operation: 3-index slice of string");
          x.mode = OperandMode::Invalid;
          return;
        }
        valid = true;
        if (x.mode == OperandMode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
        // spec: "For untyped string operands the result is a non-constant
        // value of type string."
        if (isUntyped(x.type)) x.type = basicType(BasicKind::String);
      }
      break;
    case TypeKind::Array: {
      Array* a = u->as<Array>();
      valid = true;
      length = a->len;
      if (x.mode != OperandMode::Variable) {
        error(x, "invalid operation: " + str(x) + " (slice of unaddressable value)");
        x.mode = OperandMode::Invalid;
        return;
      }
      x.type = newSlice(a->elem);
      break;
    }
    case TypeKind::Pointer:
      if (Array* a = under(u->as<Pointer>()->base)->as<Array>()) {
        valid = true;
        length = a->len;
        x.type = newSlice(a->elem);
      }
      break;
    case TypeKind::Slice: valid = true; break;
    default: break;
  }
  if (!valid) {
    error(x, "invalid operation: cannot slice " + str(x));
    x.mode = OperandMode::Invalid;
    return;
  }
  x.mode = OperandMode::Value;
  // spec: "Only the first index may be omitted; it defaults to 0."
  if (e->full && (!e->index[1] || !e->index[2])) {
    error(e, "2nd and 3rd index required in 3-index slice");
    x.mode = OperandMode::Invalid;
    return;
  }
  // check indices
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    if (Expr* ex = e->index[i]) {
      // The "capacity" is only known statically for strings, arrays, and
      // pointers to arrays, and it is the same as the length for those types.
      int64_t max = length >= 0 ? length + 1 : -1;
      Type* t;
      int64_t iv = index(ex, max, &t);
      if (iv >= 0) v = iv;
    } else if (i == 0) {
      v = 0;  // default is 0 for the first index
    } else if (length >= 0) {
      v = length;  // default is length (== capacity) otherwise
    }
    ind[i] = v;
  }
  // constant indices must be in range
  // (check.index already checks that existing indices >= 0)
  for (int i = 0; i < 2; i++) {
    if (ind[i] > 0) {
      for (int j = i + 1; j < 3; j++) {
        if (ind[j] >= 0 && ind[j] < ind[i]) {
          // The value y corresponds to the expression e.Index[j].
          error(e->index[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
          return;  // only report one error, ok to continue
        }
      }
    }
  }
}

Expr* Checker::singleIndex(IndexExpr* e) {
  Expr* idx = e->index;
  if (!idx) {
    error(e, "missing index for " + str(e->x));
    return nullptr;
  }
  if (ListExpr* l = idx->as<ListExpr>()) {
    if (l->elems.size() <= 1) return nullptr;
    // len(l.ElemList) > 1
    error(l->elems[1], "invalid operation: more than one index");
    idx = l->elems[0];  // continue with first index
  }
  return idx;
}

int64_t Checker::index(Expr* idx, int64_t max, Type** t) {
  *t = invalidType();
  Operand x;
  expr(x, idx);
  if (!isValidIndex(x, "index", false)) return -1;
  if (x.mode != OperandMode::Constant) {
    *t = x.type;
    return -1;
  }
  if (!x.val.known()) return -1;
  bool ok;
  int64_t v = x.val.int64Val(&ok);
  if (max >= 0 && v >= max) {
    error(x, "invalid argument: index " + x.val.toString() + " out of bounds [0:" + std::to_string(max) + "]");
    return -1;
  }
  // 0 <= v [ && v < max ]
  *t = x.type;
  return v;
}

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
  if (x.mode == OperandMode::Invalid) return false;
  // spec: "a constant index that is untyped is given type int"
  convertUntyped(x, basicType(BasicKind::Int));
  if (x.mode == OperandMode::Invalid) return false;
  // spec: "the index x must be of integer type or an untyped constant"
  if (!allBasic(x.type, IsInteger)) {
    error(x, std::string("invalid argument: ") + what + " " + str(x) + " must be integer");
    return false;
  }
  if (x.mode == OperandMode::Constant) {
    // spec: "a constant index must be non-negative ..."
    if (!allowNegative && x.val.sign() < 0) {
      error(x, std::string("invalid argument: ") + what + " " + str(x) + " must not be negative");
      return false;
    }
    // spec: "... and representable by a value of type int"
    if (!representableConst(x.val, basicType(BasicKind::Int), &x.val)) {
      error(x, std::string("invalid argument: ") + what + " " + str(x) + " overflows int");
      return false;
    }
  }
  return true;
}

int64_t Checker::indexedElts(std::span<Expr*> elts, Type* t, int64_t length) {
  std::set<int64_t> visited;
  int64_t idx = 0, max = 0;
  for (Expr* e : elts) {
    // determine and check index
    bool validIndex = false;
    Expr* eval = e;
    if (KeyValueExpr* kv = e->as<KeyValueExpr>()) {
      Type* it;
      int64_t i = index(kv->key, length, &it);
      if (it != invalidType()) {
        if (i >= 0) {
          idx = i;
          validIndex = true;
        } else {
          error(e, "index " + str(kv->key) + " must be integer constant");
        }
      }
      eval = kv->val;
    } else if (length >= 0 && idx >= length) {
      error(e, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    // if we have a valid index, check for duplicate entries
    if (validIndex) {
      if (visited.count(idx)) {
        error(e, "duplicate index " + std::to_string(idx) + " in array or slice literal");
      }
      visited.insert(idx);
    }
    idx++;
    if (idx > max) max = idx;
    // check element against composite literal element type
    Operand x;
    exprWithHint(x, eval, t);
    assignment(x, t, "array or slice literal");
  }
  return max;
}

}  // namespace goji
