#include "compiler/types.h"

#include <algorithm>
#include <deque>

#include "compiler/arena.h"

namespace goji {

bool isExported(std::string_view name) {
  if (name.empty()) return false;
  unsigned char c = name[0];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Non-ASCII: Go checks unicode.IsUpper; the subset's programs and stdlib
  // use ASCII exported names, and a non-ASCII name is never exported here.
  return false;
}

bool Object::exported() const { return isExported(name); }

bool TypeName::isAlias() const {
  if (!type) return false;
  if (const Named* n = type->as<Named>()) return n->obj != this;
  if (const Basic* b = type->as<Basic>()) {
    // A user-defined name for a basic type is an alias, and so are byte and rune.
    return pkg != nullptr || b->name != name || b == universe().byteType || b == universe().runeType;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Scopes

Object* Scope::lookup(std::string_view name) const {
  auto it = elems_.find(name);
  return it == elems_.end() ? nullptr : it->second;
}

Object* Scope::lookupParent(std::string_view name, Pos pos, Scope** where) const {
  for (const Scope* s = this; s; s = s->parent) {
    Object* obj = s->lookup(name);
    if (obj && (!pos.known() || !obj->scopePos.known() || !pos.before(obj->scopePos))) {
      if (where) *where = const_cast<Scope*>(s);
      return obj;
    }
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  if (Object* alt = lookup(obj->name)) return alt;
  insertRaw(obj->name, obj);
  if (!obj->parent) obj->parent = this;
  return nullptr;
}

void Scope::insertRaw(std::string_view name, Object* obj) {
  elems_[name] = obj;
  order_.push_back(obj);
}

// ---------------------------------------------------------------------------
// The universe

namespace {

Arena& universeArena() {
  static Arena arena;
  return arena;
}

template <typename T>
T* uni() {
  T* t = universeArena().make<T>();
  t->kind = T::kKind;
  return t;
}

Universe* buildUniverse() {
  static std::deque<Scope> scopes;
  Universe* u = new Universe();
  u->scope = &scopes.emplace_back();
  u->scope->comment = "universe";

  struct BasicDef {
    BasicKind k;
    uint16_t info;
    const char* name;
  };
  static const BasicDef kBasics[] = {
      {BasicKind::Invalid, 0, "invalid type"},
      {BasicKind::Bool, IsBoolean, "bool"},
      {BasicKind::Int, IsInteger, "int"},
      {BasicKind::Int8, IsInteger, "int8"},
      {BasicKind::Int16, IsInteger, "int16"},
      {BasicKind::Int32, IsInteger, "int32"},
      {BasicKind::Int64, IsInteger, "int64"},
      {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
      {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
      {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
      {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
      {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
      {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
      {BasicKind::Float32, IsFloat, "float32"},
      {BasicKind::Float64, IsFloat, "float64"},
      {BasicKind::Complex64, IsComplex, "complex64"},
      {BasicKind::Complex128, IsComplex, "complex128"},
      {BasicKind::String, IsString, "string"},
      {BasicKind::UnsafePointer, 0, "Pointer"},
      {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
      {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
      {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
      {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
      {BasicKind::UntypedComplex, IsComplex | IsUntyped, "untyped complex"},
      {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
      {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
  };
  auto def = [&](Object* obj) {
    obj->color = kBlack;
    u->scope->insert(obj);
  };
  auto typeName = [&](std::string_view name, Type* t) {
    TypeName* tn = uni<TypeName>();
    tn->name = name;
    tn->type = t;
    return tn;
  };
  for (const BasicDef& d : kBasics) {
    Basic* b = uni<Basic>();
    b->bkind = d.k;
    b->info = d.info;
    b->name = d.name;
    u->typ[static_cast<int>(d.k)] = b;
    std::string_view name = d.name;
    if (name.find(' ') != std::string_view::npos || name == "Pointer") continue;
    TypeName* tn = typeName(name, b);
    tn->unsupported = d.k == BasicKind::Complex64 || d.k == BasicKind::Complex128;
    def(tn);
  }
  u->byteType = uni<Basic>();
  *u->byteType = *u->typ[static_cast<int>(BasicKind::Uint8)];
  u->byteType->name = "byte";
  def(typeName("byte", u->byteType));
  u->runeType = uni<Basic>();
  *u->runeType = *u->typ[static_cast<int>(BasicKind::Int32)];
  u->runeType->name = "rune";
  def(typeName("rune", u->runeType));

  Interface* any = uni<Interface>();
  any->complete = true;
  any->tsetComputed = true;
  u->anyType = any;
  TypeName* anyObj = typeName("any", any);
  def(anyObj);
  u->anyObj = anyObj;
  u->emptyInterface = uni<Interface>();
  u->emptyInterface->complete = true;
  u->emptyInterface->tsetComputed = true;

  {
    TypeName* obj = typeName("error", nullptr);
    Named* t = uni<Named>();
    t->obj = obj;
    obj->type = t;
    Var* res = uni<Var>();
    res->type = u->typ[static_cast<int>(BasicKind::String)];
    Tuple* results = uni<Tuple>();
    Var** rv = static_cast<Var**>(universeArena().allocate(sizeof(Var*), alignof(Var*)));
    rv[0] = res;
    results->vars = {rv, 1};
    Var* recv = uni<Var>();
    recv->type = t;
    Signature* sig = uni<Signature>();
    sig->recv = recv;
    sig->results = results;
    Func* m = uni<Func>();
    m->name = "Error";
    m->type = sig;
    Interface* it = uni<Interface>();
    Func** ms = static_cast<Func**>(universeArena().allocate(sizeof(Func*), alignof(Func*)));
    ms[0] = m;
    it->methods = {ms, 1};
    it->allMethods = it->methods;
    it->complete = true;
    it->tsetComputed = true;
    t->underlying = it;
    t->fromRHS = it;
    def(obj);
    u->errorType = t;
    u->errorMethod = m;
  }
  {
    // comparable is only meaningful as a constraint (generics).
    TypeName* obj = typeName("comparable", nullptr);
    Named* t = uni<Named>();
    t->obj = obj;
    obj->type = t;
    Interface* it = uni<Interface>();
    it->complete = true;
    it->tsetComputed = true;
    t->underlying = it;
    t->fromRHS = it;
    def(obj);
    u->comparable = obj;
  }
  struct ConstDef {
    const char* name;
    BasicKind k;
    Value v;
  };
  static std::deque<Value> values;
  for (const ConstDef& c : {ConstDef{"true", BasicKind::UntypedBool, Value::makeBool(true)},
                            ConstDef{"false", BasicKind::UntypedBool, Value::makeBool(false)},
                            ConstDef{"iota", BasicKind::UntypedInt, Value::makeInt64(0)}}) {
    Const* k = uni<Const>();
    k->name = c.name;
    k->type = u->typ[static_cast<int>(c.k)];
    k->val = &values.emplace_back(c.v);
    def(k);
    if (k->name == "iota") u->iota = k;
  }
  Nil* nil = uni<Nil>();
  nil->name = "nil";
  nil->type = u->typ[static_cast<int>(BasicKind::UntypedNil)];
  def(nil);

  static const char* kBuiltinNames[] = {"append", "cap",   "close", "complex", "copy",  "delete",  "imag",   "len",
                                        "make",   "new",   "panic", "print",   "println", "real", "recover"};
  for (int i = 0; i < static_cast<int>(BuiltinId::Count); i++) {
    Builtin* b = uni<Builtin>();
    b->name = kBuiltinNames[i];
    b->id = static_cast<BuiltinId>(i);
    b->type = u->typ[static_cast<int>(BasicKind::Invalid)];
    b->unsupported = b->id == BuiltinId::Complex || b->id == BuiltinId::Real || b->id == BuiltinId::Imag;
    def(b);
  }
  return u;
}

}  // namespace

const Universe& universe() {
  static const Universe* u = buildUniverse();
  return *u;
}

}  // namespace goji
