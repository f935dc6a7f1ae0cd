// Type predicates: identity, comparability, default types (types2 predicates.go).
#include <set>

#include "compiler/checker.h"
#include "compiler/types.h"

namespace goji {

Type* under(Type* t) {
  if (Named* n = t->as<Named>()) {
    Type* u = n->underlying;
    if (!u) return invalidType();
    if (u->is<Named>()) return n->check ? n->check->namedUnder(n) : invalidType();
    return u;
  }
  return t;
}

bool isValid(Type* t) { return t && t != invalidType(); }
bool isNamed(Type* t) { return t->is<Basic>() || t->is<Named>(); }
bool isBoolean(Type* t) { return isBasic(t, IsBoolean); }
bool isInteger(Type* t) { return isBasic(t, IsInteger); }
bool isUnsigned(Type* t) { return isBasic(t, IsUnsigned); }
bool isFloat(Type* t) { return isBasic(t, IsFloat); }
bool isNumeric(Type* t) { return isBasic(t, IsNumeric); }
bool isString(Type* t) { return isBasic(t, IsString); }
bool isIntegerOrFloat(Type* t) { return isBasic(t, IsInteger | IsFloat); }
bool isConstType(Type* t) { return isBasic(t, IsConstType); }
bool allBasic(Type* t, uint16_t info) { return isBasic(t, info); }

bool isTyped(Type* t) {
  Basic* b = t->as<Basic>();
  return !b || (b->info & IsUntyped) == 0;
}
bool isUntyped(Type* t) { return !isTyped(t); }
bool isInterface(Type* t) { return under(t)->is<Interface>(); }
bool isTypeParam(Type*) { return false; }

bool hasNil(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: return u->as<Basic>()->bkind == BasicKind::UnsafePointer;
    case TypeKind::Slice:
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Interface: return true;
    default: return false;
  }
}

static bool comparableRec(Type* T, bool dynamic, std::set<Type*>& seen) {
  if (!seen.insert(T).second) return true;
  Type* u = under(T);
  switch (u->kind) {
    case TypeKind::Basic: return u->as<Basic>()->bkind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan: return true;
    case TypeKind::Struct:
      for (Var* f : u->as<Struct>()->fields) {
        if (!comparableRec(f->type, dynamic, seen)) return false;
      }
      return true;
    case TypeKind::Array:
      return comparableRec(u->as<Array>()->elem, dynamic, seen);
    case TypeKind::Interface: return dynamic;
    default: return false;
  }
}

bool comparable(Type* t, bool dynamic) {
  std::set<Type*> seen;
  return comparableRec(t, dynamic, seen);
}

// Exported names match regardless of package; unexported ones only within it.
bool sameId(Object* a, Package* pkg, std::string_view name) {
  if (a->name != name) return false;
  if (isExported(name)) return true;
  return a->pkg == pkg;
}

namespace {

struct IfacePair {
  Interface* x;
  Interface* y;
  const IfacePair* prev;
};

bool identicalRec(Type* x, Type* y, const IfacePair* p) {
  if (x == y) return true;
  if (!x || !y || x->kind != y->kind) return false;
  switch (x->kind) {
    case TypeKind::Basic: return x->as<Basic>()->bkind == y->as<Basic>()->bkind;
    case TypeKind::Array: {
      Array* a = x->as<Array>();
      Array* b = y->as<Array>();
      return (a->len < 0 || b->len < 0 || a->len == b->len) && identicalRec(a->elem, b->elem, p);
    }
    case TypeKind::Slice: return identicalRec(x->as<Slice>()->elem, y->as<Slice>()->elem, p);
    case TypeKind::Struct: {
      Struct* a = x->as<Struct>();
      Struct* b = y->as<Struct>();
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++) {
        Var* f = a->fields[i];
        Var* g = b->fields[i];
        if (f->embedded != g->embedded || !sameId(f, g->pkg, g->name) || !identicalRec(f->type, g->type, p)) {
          return false;
        }
      }
      return true;
    }
    case TypeKind::Pointer: return identicalRec(x->as<Pointer>()->base, y->as<Pointer>()->base, p);
    case TypeKind::Tuple: {
      Tuple* a = x->as<Tuple>();
      Tuple* b = y->as<Tuple>();
      if (a->vars.size() != b->vars.size()) return false;
      for (size_t i = 0; i < a->vars.size(); i++) {
        if (!identicalRec(a->vars[i]->type, b->vars[i]->type, p)) return false;
      }
      return true;
    }
    case TypeKind::Signature: {
      Signature* a = x->as<Signature>();
      Signature* b = y->as<Signature>();
      auto tupleOrEmpty = [](Tuple* t) -> Type* {
        static Tuple empty = [] {
          Tuple e;
          e.kind = TypeKind::Tuple;
          return e;
        }();
        return t ? t : &empty;
      };
      return a->variadic == b->variadic && identicalRec(tupleOrEmpty(a->params), tupleOrEmpty(b->params), p) &&
             identicalRec(tupleOrEmpty(a->results), tupleOrEmpty(b->results), p);
    }
    case TypeKind::Interface: {
      Interface* a = x->as<Interface>();
      Interface* b = y->as<Interface>();
      std::span<Func*> am = allMethods(a), bm = allMethods(b);
      if (am.size() != bm.size()) return false;
      IfacePair q{a, b, p};
      for (const IfacePair* r = p; r; r = r->prev) {
        if ((r->x == a && r->y == b) || (r->x == b && r->y == a)) return true;
      }
      for (size_t i = 0; i < am.size(); i++) {
        Func* f = am[i];
        Func* g = bm[i];
        if (!sameId(f, g->pkg, g->name) || !identicalRec(f->type, g->type, &q)) return false;
      }
      return true;
    }
    case TypeKind::Map: {
      Map* a = x->as<Map>();
      Map* b = y->as<Map>();
      return identicalRec(a->key, b->key, p) && identicalRec(a->elem, b->elem, p);
    }
    case TypeKind::Chan: {
      Chan* a = x->as<Chan>();
      Chan* b = y->as<Chan>();
      return a->dir == b->dir && identicalRec(a->elem, b->elem, p);
    }
    case TypeKind::Named: return x->as<Named>()->obj == y->as<Named>()->obj;
  }
  return false;
}

}  // namespace

bool identical(Type* x, Type* y) { return identicalRec(x, y, nullptr); }
bool identicalIgnoreTags(Type* x, Type* y) { return identicalRec(x, y, nullptr); }

Type* defaultType(Type* t) {
  if (Basic* b = t->as<Basic>()) {
    switch (b->bkind) {
      case BasicKind::UntypedBool: return basicType(BasicKind::Bool);
      case BasicKind::UntypedInt: return basicType(BasicKind::Int);
      case BasicKind::UntypedRune: return universe().runeType;
      case BasicKind::UntypedFloat: return basicType(BasicKind::Float64);
      case BasicKind::UntypedComplex: return basicType(BasicKind::Complex128);
      case BasicKind::UntypedString: return basicType(BasicKind::String);
      default: break;
    }
  }
  return t;
}

Type* coreType(Type* t) { return under(t); }

Type* coreString(Type* t) { return under(t); }

}  // namespace goji
