// Declarations: the object dependency walk with cycle detection, and
// const/var/type/func declarations (types2 decl.go, named.go's under).
#include <algorithm>

#include "compiler/checker.h"
#include "compiler/program.h"

namespace goji {

// Resolves the chain of Named types in n's underlying type, reporting a cycle
// as an invalid recursive type (types2 Named.under).
Type* Checker::namedUnder(Named* n0) {
  Type* u = n0->underlying;
  if (!u) return invalidType();
  Named* n1 = u->as<Named>();
  if (!n1) return u;
  std::vector<Named*> seen;
  std::vector<Object*> path;
  Named* n = n0;
  for (;;) {
    seen.push_back(n);
    path.push_back(n->obj);
    n = n1;
    auto it = std::find(seen.begin(), seen.end(), n);
    if (it != seen.end()) {
      std::vector<Object*> cycle(path.begin() + (it - seen.begin()), path.end());
      cycleError(cycle);
      u = invalidType();
      break;
    }
    u = n->underlying;
    if (!u) {
      u = invalidType();
      break;
    }
    if (Named* next = u->as<Named>()) {
      n1 = next;
      continue;
    }
    break;
  }
  for (Named* s : seen) s->underlying = u;
  return u;
}

void Checker::objDeclLazy(Object* obj) {
  objDecl(obj, nullptr);
  // Run the actions the declaration queued, unless this checker is already
  // running them further up the stack (they are appended to its queue).
  if (!inDelayed_) processDelayed(0);
}

void Checker::objDecl(Object* obj, Named* def) {
  // Objects of other packages are declared by their own checker.
  if (obj->pkg && obj->pkg != pkg_ && obj->pkg->checker && obj->pkg->checker != this) {
    if (obj->color != kBlack || !obj->type) obj->pkg->checker->objDeclLazy(obj);
    return;
  }
  if (obj->color == kWhite && obj->type) {
    obj->color = kBlack;
    return;
  }
  if (obj->color == kBlack) return;
  if (obj->color >= kGrey) {
    // obj is on the path: a cycle.
    switch (obj->kind) {
      case ObjKind::Const:
      case ObjKind::Var:
        if (!validCycle(obj) || !obj->type) obj->type = invalidType();
        break;
      case ObjKind::TypeName:
        if (!validCycle(obj)) obj->type = invalidType();
        break;
      case ObjKind::Func: validCycle(obj); break;
      default: break;
    }
    return;
  }
  // white, without a type
  obj->color = kGrey + static_cast<Color>(objPath_.size());
  push(obj);

  DeclInfo* d = objMap_[obj];
  Environment saved = env_;
  env_ = Environment{};
  env_.scope = d->file;
  switch (obj->kind) {
    case ObjKind::Const:
      env_.decl = d;
      constDecl(static_cast<Const*>(obj), d->vtyp, d->init, d->inherited);
      break;
    case ObjKind::Var:
      env_.decl = d;
      varDecl(static_cast<Var*>(obj), d->lhs, d->vtyp, d->init);
      break;
    case ObjKind::TypeName:
      typeDecl(static_cast<TypeName*>(obj), d->tdecl, def);
      collectMethods(static_cast<TypeName*>(obj));
      break;
    case ObjKind::Func: funcDecl(static_cast<Func*>(obj), d); break;
    default: break;
  }
  env_ = saved;
  pop()->color = kBlack;
}

bool Checker::validCycle(Object* obj) {
  size_t start = obj->color - kGrey;
  std::vector<Object*> cycle(objPath_.begin() + start, objPath_.end());
  int nval = 0, ndef = 0;
  for (Object* o : cycle) {
    switch (o->kind) {
      case ObjKind::Const:
      case ObjKind::Var: nval++; break;
      case ObjKind::TypeName: {
        bool alias;
        auto it = objMap_.find(o);
        if (it != objMap_.end()) {
          alias = it->second->tdecl->alias;
        } else {
          alias = static_cast<TypeName*>(o)->isAlias();
        }
        if (!alias) ndef++;
        break;
      }
      default: break;
    }
  }
  // A cycle involving only constants and variables is invalid but we ignore
  // it here: it is reported by initOrder.
  if (nval == static_cast<int>(cycle.size())) return true;
  // A cycle involving only types (and possibly functions) must have at least
  // one type definition to be permitted.
  if (nval == 0 && ndef > 0) return true;
  cycleError(cycle);
  return false;
}

void Checker::cycleError(const std::vector<Object*>& cycle) {
  auto name = [&](Object* obj) {
    std::string s;
    if (obj->pkg) {
      std::string q = qualifier(obj->pkg);
      if (!q.empty()) s = q + ".";
    }
    return s + std::string(obj->name);
  };
  // Report the cycle starting at the object declared first in the source.
  size_t i = 0;
  for (size_t k = 1; k < cycle.size(); k++) {
    if (fileSet_.compare(cycle[k]->pos, cycle[i]->pos) < 0) i = k;
  }
  Object* obj = cycle[i];
  std::string objName = name(obj);
  TypeName* tname = obj->as<TypeName>();
  if (tname && tname->isAlias()) {
    brokenAliases_.erase(tname);
    tname->type = invalidType();
  }
  Pos pos = obj->pos;
  std::string msg = tname ? "invalid recursive type " + objName : "illegal cycle in declaration of " + objName;
  for (size_t k = 0; k < cycle.size(); k++) {
    msg += "\n\t" + fileSet_.posString(obj->pos) + ": " + objName + " refers to";
    i = (i + 1) % cycle.size();
    obj = cycle[i];
    objName = name(obj);
  }
  msg += "\n\t" + fileSet_.posString(obj->pos) + ": " + objName;
  error(pos, msg);
}

void Checker::constDecl(Const* obj, Expr* t, Expr* init, bool inherited) {
  const Value* savedIota = env_.iota;
  Pos savedErrpos = env_.errpos;
  env_.iota = obj->val;
  env_.errpos = Pos{};
  static const Value kUnknown;
  obj->val = &kUnknown;
  auto restore = [&] {
    env_.iota = savedIota;
    env_.errpos = savedErrpos;
  };
  if (t) {
    Type* ct = typ(t);
    if (!isConstType(ct)) {
      if (under(ct) != invalidType()) error(t, "invalid constant type " + str(ct));
      obj->type = invalidType();
      restore();
      return;
    }
    obj->type = ct;
  }
  Operand x;
  if (init) {
    if (inherited) env_.errpos = obj->pos;
    expr(x, init);
  }
  initConst(obj, x);
  restore();
}

void Checker::varDecl(Var* obj, std::vector<Var*>& lhs, Expr* t, Expr* init) {
  auto finish = [&] {
    if (obj->type == invalidType()) obj->used = true;
    for (Var* v : lhs) {
      if (v->type == invalidType()) v->used = true;
    }
  };
  if (t) obj->type = varType(t);
  if (!init) {
    if (!t) obj->type = invalidType();
    finish();
    return;
  }
  if (lhs.empty() || lhs.size() == 1) {
    Operand x;
    expr(x, init);
    initVar(obj, x, "variable declaration");
    finish();
    return;
  }
  if (t) {
    for (Var* v : lhs) v->type = obj->type;
  }
  initVars(lhs, std::span<Expr*>(&init, 1), nullptr);
  finish();
}

void Checker::typeDecl(TypeName* obj, TypeDecl* tdecl, Named* def) {
  later([this, obj] {
    if (Named* t = obj->type ? obj->type->as<Named>() : nullptr) validType(t);
  });
  if (tdecl->alias) {
    brokenAliases_.insert(obj);
    obj->type = invalidType();
    Type* rhs = typ(tdecl->typ);
    brokenAliases_.erase(obj);
    obj->type = rhs;
    return;
  }
  Named* named = newNamed(obj, nullptr);
  if (def) def->underlying = named;
  Type* rhs = definedType(tdecl->typ, named);
  named->fromRHS = rhs;
  // If the underlying type was not set while checking the RHS, set it now.
  if (!named->underlying) named->underlying = invalidType();
}

void Checker::collectMethods(TypeName* obj) {
  auto it = methods_.find(obj);
  if (it == methods_.end()) return;
  std::vector<Func*> methods = std::move(it->second);
  methods_.erase(it);
  Named* base = obj->type ? obj->type->as<Named>() : nullptr;
  std::map<std::string_view, Func*> mset;
  if (base) {
    later([this, base] { checkFieldUniqueness(base); });
    for (Func* m : base->methods) mset[m->name] = m;
  }
  std::vector<Func*> list;
  if (base) list.assign(base->methods.begin(), base->methods.end());
  for (Func* m : methods) {
    auto alt = mset.find(m->name);
    if (alt != mset.end()) {
      error(m->pos, std::string(obj->name) + "." + std::string(m->name) + " redeclared in this block" +
                        altDecl(alt->second));
      continue;
    }
    mset[m->name] = m;
    if (base) list.push_back(m);
  }
  if (base) base->methods = prog_.arena.copy(list);
}

void Checker::checkFieldUniqueness(Named* base) {
  Struct* t = under(base)->as<Struct>();
  if (!t) return;
  std::map<std::string_view, Object*> mset;
  for (Func* m : base->methods) mset[m->name] = m;
  for (Var* fld : t->fields) {
    if (fld->name == "_") continue;
    auto alt = mset.find(fld->name);
    if (alt != mset.end()) {
      error(alt->second->pos, "field and method with the same name " + std::string(fld->name) + altDecl(fld));
    } else {
      mset[fld->name] = fld;
    }
  }
}

void Checker::funcDecl(Func* obj, DeclInfo* decl) {
  Signature* sig = make<Signature>();
  obj->type = sig;  // guard against cycles
  Color saved = obj->color;
  obj->color = kBlack;
  FuncDecl* fdecl = decl->fdecl;
  funcType(sig, fdecl->recv, fdecl->typ);
  obj->color = saved;
  if (!conf_.ignoreFuncBodies && fdecl->body) {
    later([this, decl, obj, sig, fdecl] { funcBody(decl, obj->name, sig, fdecl->body, nullptr); });
  }
}

void Checker::declStmt(std::span<Decl*> list) {
  int first = -1;
  ConstDecl* last = nullptr;
  static ConstDecl emptyConstDecl{};
  for (size_t index = 0; index < list.size(); index++) {
    Decl* decl = list[index];
    if (!decl->is<ConstDecl>()) first = -1;
    switch (decl->kind) {
      case NodeKind::ConstDecl: {
        auto* s = static_cast<ConstDecl*>(decl);
        size_t top = delayed_.size();
        if (first < 0 || !s->group || list[index - 1]->as<ConstDecl>()->group != s->group) {
          first = static_cast<int>(index);
          last = nullptr;
        }
        const Value* iota = internValue(Value::makeInt64(static_cast<int64_t>(index) - first));
        bool inherited = true;
        if (s->typ || s->values) {
          last = s;
          inherited = false;
        } else if (!last) {
          last = &emptyConstDecl;
          inherited = false;
        }
        std::vector<Const*> lhs(s->names.size());
        std::span<Expr*> values = unpackExpr(last->values);
        for (size_t i = 0; i < s->names.size(); i++) {
          Name* name = s->names[i];
          Const* obj = newConst(name->pos, pkg_, name->value, nullptr, iota);
          lhs[i] = obj;
          constDecl(obj, last->typ, i < values.size() ? values[i] : nullptr, inherited);
        }
        arity(s->pos, s->names, values, true, inherited);
        processDelayed(top);
        // Constants must be declared after their values are computed (Go scoping).
        Pos scopePos = endPos(s);
        for (size_t i = 0; i < s->names.size(); i++) declare(env_.scope, s->names[i], lhs[i], scopePos);
        break;
      }
      case NodeKind::VarDecl: {
        auto* s = static_cast<VarDecl*>(decl);
        size_t top = delayed_.size();
        std::vector<Var*> lhs0(s->names.size());
        for (size_t i = 0; i < s->names.size(); i++) {
          lhs0[i] = newVar(s->names[i]->pos, pkg_, s->names[i]->value, nullptr);
        }
        std::span<Expr*> values = unpackExpr(s->values);
        for (size_t i = 0; i < lhs0.size(); i++) {
          std::vector<Var*> lhs;
          Expr* init = nullptr;
          if (values.size() == s->names.size()) {
            init = values[i];
          } else if (values.size() == 1) {
            lhs = lhs0;
            init = values[0];
          } else if (i < values.size()) {
            init = values[i];
          }
          varDecl(lhs0[i], lhs, s->typ, init);
          if (values.size() == 1) break;
        }
        if (!s->typ || !values.empty()) arity(s->pos, s->names, values, false, false);
        processDelayed(top);
        Pos scopePos = endPos(s);
        for (size_t i = 0; i < s->names.size(); i++) declare(env_.scope, s->names[i], lhs0[i], scopePos);
        break;
      }
      case NodeKind::TypeDecl: {
        auto* s = static_cast<TypeDecl*>(decl);
        TypeName* obj = newTypeName(s->name->pos, pkg_, s->name->value, nullptr);
        declare(env_.scope, s->name, obj, s->name->pos);
        obj->color = kGrey + static_cast<Color>(objPath_.size());
        push(obj);
        typeDecl(obj, s, nullptr);
        pop()->color = kBlack;
        break;
      }
      default: break;
    }
  }
}

}  // namespace goji
