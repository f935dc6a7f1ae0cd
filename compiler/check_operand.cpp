// Assignability, convertibility, interface satisfaction and field/method
// lookup (types2 operand.go, conversions.go, lookup.go, instantiate.go's
// implements).
#include <algorithm>
#include <cctype>

#include "compiler/checker.h"
#include "compiler/program.h"
#include "compiler/unicode.h"

namespace goji {

// ---------------------------------------------------------------------------
// Field and method lookup

namespace {

struct EmbeddedType {
  Type* typ;
  std::vector<int> index;  // embedded field indices, starting with index at depth 0
  bool indirect;           // there was a pointer indirection on the path to this field
  bool multiples;          // typ appears multiple times at this depth
};

std::pair<Type*, bool> deref(Type* t) {
  if (Pointer* p = t->as<Pointer>()) return {p->base, true};
  return {t, false};
}

bool equalFoldASCII(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

int lookupMethod(std::span<Func*> methods, Package* pkg, std::string_view name, bool foldCase, Func** out) {
  if (name != "_") {
    for (size_t i = 0; i < methods.size(); i++) {
      Func* m = methods[i];
      if ((m->name == name || (foldCase && equalFoldASCII(m->name, name))) && sameId(m, pkg, m->name)) {
        *out = m;
        return static_cast<int>(i);
      }
    }
  }
  *out = nullptr;
  return -1;
}

std::vector<int> concat(const std::vector<int>& list, int i) {
  std::vector<int> t = list;
  t.push_back(i);
  return t;
}

}  // namespace

LookupResult lookupFieldOrMethod(Type* T, bool addressable, Package* pkg, std::string_view name, bool foldCase) {
  LookupResult r;
  // Methods cannot be associated to a named pointer type (spec).
  if (Named* t = T->as<Named>()) {
    if (under(t)->is<Pointer>()) {
      Type* u = under(t);
      r = lookupFieldOrMethod(u, false, pkg, name, foldCase);
      if (r.obj && r.obj->is<Func>()) return LookupResult{};
      return r;
    }
  }
  if (name == "_") return r;  // blank fields/methods are never found
  auto [typ, isPtr] = deref(T);
  // *typ where typ is an interface has no methods.
  if (isPtr && under(typ)->is<Interface>()) return r;

  std::vector<EmbeddedType> current{{typ, {}, isPtr, false}};
  std::set<Named*> seen;
  while (!current.empty()) {
    std::vector<EmbeddedType> next;
    for (EmbeddedType& e : current) {
      Type* t = e.typ;
      if (Named* named = t->as<Named>()) {
        if (seen.count(named)) continue;
        seen.insert(named);
        Func* m;
        int i = lookupMethod(named->methods, pkg, name, foldCase, &m);
        if (m) {
          r.index = concat(e.index, i);
          if (r.obj || e.multiples) return LookupResult{nullptr, r.index, false};  // collision
          r.obj = m;
          r.indirect = e.indirect;
          continue;  // we can't have a matching field or interface method
        }
      }
      Type* u = under(t);
      if (Struct* s = u->as<Struct>()) {
        for (size_t i = 0; i < s->fields.size(); i++) {
          Var* f = s->fields[i];
          if (sameId(f, pkg, name) || (foldCase && equalFoldASCII(f->name, name))) {
            r.index = concat(e.index, static_cast<int>(i));
            if (r.obj || e.multiples) return LookupResult{nullptr, r.index, false};  // collision
            r.obj = f;
            r.indirect = e.indirect;
            continue;
          }
          // Collect embedded struct fields for searching the next lower depth.
          if (!r.obj && f->embedded) {
            auto [ft, fptr] = deref(f->type);
            next.push_back(EmbeddedType{ft, concat(e.index, static_cast<int>(i)), e.indirect || fptr, e.multiples});
          }
        }
      } else if (Interface* it = u->as<Interface>()) {
        Func* m;
        int i = lookupMethod(allMethods(it), pkg, name, foldCase, &m);
        if (m) {
          r.index = concat(e.index, i);
          if (r.obj || e.multiples) return LookupResult{nullptr, r.index, false};  // collision
          r.obj = m;
          r.indirect = e.indirect;
        }
      }
    }
    if (r.obj) {
      // found a potential match
      if (Func* f = r.obj->as<Func>()) {
        if (f->hasPtrRecv && !r.indirect && !addressable) return LookupResult{nullptr, {}, true};
      }
      return r;
    }
    // Consolidate next: collapse multiple entries with the same type into one
    // marked "multiples".
    std::vector<EmbeddedType> consolidated;
    for (EmbeddedType& e : next) {
      bool found = false;
      for (EmbeddedType& c : consolidated) {
        if (c.typ == e.typ || identical(c.typ, e.typ)) {
          c.multiples = true;
          found = true;
          break;
        }
      }
      if (!found) consolidated.push_back(e);
    }
    current = std::move(consolidated);
  }
  return LookupResult{};
}

// ---------------------------------------------------------------------------
// Interface satisfaction

Func* Checker::missingMethod(Type* V, Interface* T, bool isStatic, Func** alt) {
  *alt = nullptr;
  std::span<Func*> tmethods = allMethods(T);
  if (tmethods.empty()) return nullptr;
  if (Interface* u = under(V)->as<Interface>()) {
    for (Func* m : tmethods) {
      Func* f;
      lookupMethod(allMethods(u), m->pkg, m->name, false, &f);
      if (!f) {
        if (!isStatic) continue;
        return m;
      }
      if (!identical(f->type, m->type)) {
        *alt = f;
        return m;
      }
    }
    return nullptr;
  }
  // V is not an interface
  for (Func* m : tmethods) {
    LookupResult r = lookupFieldOrMethod(V, false, m->pkg, m->name);
    bool found = r.obj != nullptr;
    // check if m is on *V, or on V with case-folding
    if (!found) {
      r = lookupFieldOrMethod(newPointer(V), false, m->pkg, m->name);
      if (!r.obj) r = lookupFieldOrMethod(V, false, m->pkg, m->name, true);
    }
    Func* f = r.obj ? r.obj->as<Func>() : nullptr;
    if (!f) return m;
    // methods may not have a fully set up signature yet
    objDecl(f, nullptr);
    if (!found || !identical(f->type, m->type)) {
      *alt = f;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::funcString(Func* f) {
  std::string s(f->name);
  writeSignature(s, f->sig(), qf());
  return s;
}

std::string Checker::missingMethodReason(Type* V, Type* T, Func* m, Func* alt) {
  std::string mname = std::string(m->name) + " method";
  if (alt) {
    if (m->name != alt->name) {
      return "(missing " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
    }
    if (identical(m->type, alt->type)) return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt) + "\n\t\twant " + funcString(m);
  }
  auto isInterfacePtr = [](Type* t) {
    Pointer* p = under(t)->as<Pointer>();
    return p && isInterface(p->base);
  };
  if (isInterfacePtr(V)) return "(type " + str(V) + " is pointer to interface, not interface)";
  if (isInterfacePtr(T)) return "(type " + str(T) + " is pointer to interface, not interface)";
  return "(missing " + mname + ")";
}

Func* Checker::assertableTo(Interface* V, Type* T, Func** wrongType) {
  *wrongType = nullptr;
  // no static check is required if T is an interface
  if (isInterface(T)) return nullptr;
  return missingMethod(T, V, false, wrongType);
}

std::string Checker::implements(Type* V, Type* T) {
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (Vu == invalidType() || Tu == invalidType()) return "";  // avoid follow-on errors
  if (Pointer* p = Vu->as<Pointer>(); p && under(p->base) == invalidType()) return "";
  Interface* Ti = Tu->as<Interface>();
  if (!Ti) {
    std::string cause;
    Pointer* p = Tu->as<Pointer>();
    if (p && isInterface(p->base)) {
      cause = "type " + str(T) + " is pointer to interface, not interface";
    } else {
      cause = str(T) + " is not an interface";
    }
    return str(V) + " does not implement " + str(T) + " (" + cause + ")";
  }
  // Every type satisfies the empty interface.
  if (allMethods(Ti).empty()) return "";
  Func* alt;
  if (Func* m = missingMethod(V, Ti, true, &alt)) {
    return str(V) + " does not implement " + str(T) + " " + missingMethodReason(V, T, m, alt);
  }
  return "";
}

bool Checker::assignableTo(Operand& x, Type* T, std::string* reason) {
  if (x.mode == OperandMode::Invalid || T == invalidType()) return true;  // avoid spurious errors
  Type* V = x.type;
  // x's type is identical to T
  if (identical(V, T)) return true;
  Type* Vu = under(V);
  Type* Tu = under(T);
  // x is an untyped value representable by a value of type T.
  if (isUntyped(Vu)) {
    Value val;
    int code;
    return implicitTypeAndValue(x, T, &val, &code) != nullptr;
  }
  // x's type V and T have identical underlying types and at least one of V
  // or T is not a named type.
  if (identical(Vu, Tu) && (!isNamed(V) || !isNamed(T))) return true;
  // T is an interface type and x implements T, or T is a pointer to an interface.
  Pointer* tp = Tu->as<Pointer>();
  if (Tu->is<Interface>() || (tp && isInterface(tp->base))) {
    std::string err = implements(V, T);
    if (!err.empty()) {
      if (reason) *reason = err;
      return false;
    }
    return true;
  }
  // If V is an interface, check if a missing type assertion is the problem.
  if (Vu->is<Interface>()) {
    if (implements(T, V).empty()) {
      // T implements V, so give hint about type assertion.
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  // x is a bidirectional channel value, T is a channel type, x's type V and T
  // have identical element types, and at least one of V or T is not a named type.
  if (Chan* vc = Vu->as<Chan>(); vc && vc->dir == ChanDirection::SendRecv) {
    if (Chan* tc = Tu->as<Chan>(); tc && identical(vc->elem, tc->elem)) return !isNamed(V) || !isNamed(T);
  }
  return false;
}

// ---------------------------------------------------------------------------
// Conversions

namespace {

bool isBytesOrRunes(Type* t) {
  if (Slice* s = under(t)->as<Slice>()) {
    Basic* b = under(s->elem)->as<Basic>();
    return b && (b->bkind == BasicKind::Uint8 || b->bkind == BasicKind::Int32);
  }
  return false;
}

}  // namespace

bool Checker::convertibleTo(Operand& x, Type* T, std::string* cause) {
  // "x is assignable to T"
  if (assignableTo(x, T, cause)) return true;
  // "V and T have identical underlying types if tags are ignored"
  Type* V = x.type;
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (identicalIgnoreTags(Vu, Tu)) return true;
  // "V and T are unnamed pointer types and their pointer base types have
  // identical underlying types if tags are ignored"
  if (Pointer* vp = V->as<Pointer>()) {
    if (Pointer* tp = T->as<Pointer>()) {
      if (identicalIgnoreTags(under(vp->base), under(tp->base))) return true;
    }
  }
  // "V and T are both integer or floating point types"
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;
  // "V is an integer or a slice of bytes or runes and T is a string type"
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  // "V is a string and T is a slice of bytes or runes"
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  // "V a slice, T is a pointer-to-array type, and the slice and array types
  // have identical element types."
  if (Slice* s = Vu->as<Slice>()) {
    if (Pointer* p = Tu->as<Pointer>()) {
      if (Array* a = under(p->base)->as<Array>()) {
        if (identical(s->elem, a->elem)) return true;
      }
    }
  }
  return false;
}

void Checker::conversion(Operand& x, Type* T) {
  bool constArg = x.mode == OperandMode::Constant;
  auto constConvertibleTo = [&](Type* t0, Value* val) {
    Basic* t = under(t0)->as<Basic>();
    if (!t) return false;
    if (representableConst(x.val, t, val)) return true;
    if (isInteger(x.type) && (t->info & IsString)) {
      int32_t codepoint = unicode::kRuneError;
      bool ok;
      uint64_t i = x.val.uint64Val(&ok);
      if (ok && i <= static_cast<uint64_t>(unicode::kMaxRune)) codepoint = static_cast<int32_t>(i);
      if (val) {
        std::string s;
        unicode::appendRune(s, codepoint);
        *val = Value::makeString(s);
      }
      return true;
    }
    return false;
  };
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(T)) {
    // constant conversion
    ok = constConvertibleTo(T, &x.val);
  } else if (convertibleTo(x, T, &cause)) {
    // non-constant conversion
    ok = true;
    x.mode = OperandMode::Value;
  }
  if (!ok) {
    if (!cause.empty()) {
      error(x, "cannot convert " + str(x) + " to type " + str(T) + ":\n\t" + cause);
    } else {
      error(x, "cannot convert " + str(x) + " to type " + str(T));
    }
    x.mode = OperandMode::Invalid;
    return;
  }
  // The conversion argument types are final. For untyped values the
  // conversion provides the type, per the spec: "A constant may be given a
  // type explicitly by a constant declaration or conversion,...".
  if (isUntyped(x.type)) {
    Type* final = T;
    // - For conversions to interfaces, use the argument's default type.
    // - For conversions of untyped constants to non-constant types, also
    //   use the default type (e.g., []byte("foo") should report string
    //   not []byte as type for the constant "foo").
    // - Keep untyped nil for untyped nil arguments.
    // - For constant integer to string conversions, keep the argument type.
    if (x.type == basicType(BasicKind::UntypedNil)) {
      // keep
    } else if (isInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.mode == OperandMode::Constant && isInteger(x.type) && allBasic(T, IsString)) {
      final = x.type;
    }
    if (x.expr) updateExprType(x.expr, final, true);
  }
  x.type = T;
}

}  // namespace goji
