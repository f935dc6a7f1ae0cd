// Collecting package-level objects and resolving imports (types2 resolver.go).
#include <algorithm>

#include "compiler/checker.h"
#include "compiler/frontend.h"
#include "compiler/program.h"
#include "compiler/unicode.h"

namespace goji {

void Checker::arity(Pos pos, std::span<Name*> names, std::span<Expr*> inits, bool constDecl, bool inherited) {
  size_t l = names.size(), r = inits.size();
  if (l < r) {
    Expr* n = inits[l];
    if (inherited) {
      error(pos, "extra init expr at " + fileSet_.posString(n->pos));
    } else {
      error(n, "extra init expr " + str(n));
    }
  } else if (l > r && (constDecl || r != 1)) {
    Name* n = names[r];
    error(n, "missing init expr for " + std::string(n->value));
  }
}

void Checker::declarePkgObj(Name* ident, Object* obj, DeclInfo* d) {
  if (ident->value == "init") {
    error(ident, "cannot declare init - must be func");
    return;
  }
  if (ident->value == "main" && pkg_->name == "main") {
    error(ident, "cannot declare main - must be func");
    return;
  }
  declare(pkg_->scope, ident, obj, Pos{});
  objMap_[obj] = d;
  obj->order = static_cast<uint32_t>(objMap_.size());
}

namespace {

// Go's validatedImportPath: unquote and reject illegal characters.
bool validatedImportPath(const BasicLit* lit, std::string* path, std::string* err) {
  Value v = Value::fromLiteral(lit->value, LitKind::String);
  if (v.kind() != Value::Kind::String) {
    *err = "invalid syntax";
    return false;
  }
  *path = v.stringVal();
  if (path->empty()) {
    *err = "empty string";
    return false;
  }
  static const std::string_view illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
  std::string_view s = *path;
  while (!s.empty()) {
    unicode::Decoded d = unicode::decodeRune(s);
    int32_t r = d.rune;
    bool graphic = unicode::isPrint(r) || r == 0x3000;
    if (!graphic || unicode::isSpace(r) || (r < 0x80 && illegal.find(static_cast<char>(r)) != std::string_view::npos) ||
        r == unicode::kRuneError) {
      *err = "invalid character " + unicode::formatRuneU(r);
      return false;
    }
    s.remove_prefix(d.width);
  }
  return true;
}

}  // namespace

Package* Checker::importPackage(Pos pos, const std::string& path) {
  if (path == "unsafe" || path == "reflect" || path == "C") {
    notSupported(pos, "package " + path);
    return nullptr;
  }
  std::string err;
  Package* imp = conf_.importer ? conf_.importer(path, &err) : nullptr;
  if (!imp) {
    if (err == "not supported") {
      std::string offered;
      for (const std::string& p : stdlibPackages()) offered += (offered.empty() ? "" : ", ") + p;
      notSupported(pos, "package " + path + " (goji's standard library offers " + offered + ")");
    } else {
      error(pos, "could not import " + path + " (" + err + ")");
    }
    // A fake package avoids follow-on errors at every use of the import.
    auto fake = std::make_unique<Package>();
    fake->path = path;
    fake->name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    fake->scope = prog_.newScope();
    fake->fake = true;
    imp = fake.get();
    fakePackages_.push_back(std::move(fake));
  }
  if (pkgPathMapBuilt_) markImports(imp);
  return imp;
}

bool Checker::unpackRecv(Expr* rtyp, bool* ptr, Name** rname) {
  *ptr = false;
  *rname = nullptr;
  for (;;) {
    if (ParenExpr* p = rtyp->as<ParenExpr>()) {
      rtyp = p->x;
      continue;
    }
    if (Operation* o = rtyp->as<Operation>(); o && o->op == Op::Mul && !o->y) {
      *ptr = true;
      rtyp = o->x;
      continue;
    }
    break;
  }
  if (IndexExpr* ix = rtyp->as<IndexExpr>()) rtyp = ix->x;
  if (Name* n = rtyp->as<Name>()) *rname = n;
  return *rname != nullptr;
}

TypeName* Checker::resolveBaseTypeName(bool seenPtr, Expr* t, bool* ptr) {
  *ptr = seenPtr;
  std::set<TypeName*> seen;
  for (;;) {
    t = unparen(t);
    if (Operation* o = t->as<Operation>(); o && o->op == Op::Mul && !o->y) {
      if (*ptr) {
        *ptr = false;
        return nullptr;
      }
      *ptr = true;
      t = unparen(o->x);
    }
    Name* name = t->as<Name>();
    if (!name) return nullptr;
    Object* obj = pkg_->scope->lookup(name->value);
    if (!obj) return nullptr;
    TypeName* tname = obj->as<TypeName>();
    if (!tname) return nullptr;
    if (seen.count(tname)) return nullptr;
    TypeDecl* tdecl = objMap_[tname]->tdecl;
    if (!tdecl->alias) return tname;
    t = tdecl->typ;
    seen.insert(tname);
  }
}

void Checker::collectObjects() {
  struct MethodInfo {
    Func* obj;
    bool ptr;
    Name* recv;
  };
  std::vector<MethodInfo> methods;
  std::vector<Scope*> fileScopes;
  std::set<Package*> pkgImports(pkg_->imports.begin(), pkg_->imports.end());

  for (File* file : files_) {
    Scope* fileScope = newScope(pkg_->scope, startPos(file), endPos(file), fileSet_.file(file->pos.file).name);
    fileScopes.push_back(fileScope);
    int first = -1;             // index of first ConstDecl in the current group, or -1
    ConstDecl* last = nullptr;  // last ConstDecl with init expressions, or nil
    static ConstDecl emptyConstDecl{};
    for (size_t index = 0; index < file->decls.size(); index++) {
      Decl* decl = file->decls[index];
      if (!decl->is<ConstDecl>()) first = -1;
      switch (decl->kind) {
        case NodeKind::ImportDecl: {
          auto* s = static_cast<ImportDecl*>(decl);
          if (!s->path || s->path->bad) continue;
          std::string path, err;
          if (!validatedImportPath(s->path, &path, &err)) {
            error(s->path, "invalid import path (" + err + ")");
            continue;
          }
          Package* imp = importPackage(s->path->pos, path);
          if (!imp) continue;
          std::string name = imp->name;
          if (s->localName) name = std::string(s->localName->value);
          if (name == "init") {
            error(s, "cannot import package as init - init must be a func");
            continue;
          }
          if (pkgImports.insert(imp).second) pkg_->imports.push_back(imp);
          PkgName* pkgName = make<PkgName>();
          pkgName->pos = s->pos;
          pkgName->pkg = pkg_;
          pkgName->name = prog_.arena.copy(name);
          pkgName->imported = imp;
          pkgName->type = invalidType();
          if (s->localName) recordDef(s->localName, pkgName);
          if (imp->fake) pkgName->used = true;
          imports_.push_back(pkgName);
          if (name == ".") {
            for (Object* obj : imp->scope->objects()) {
              if (!obj->exported()) continue;
              if (Object* alt = fileScope->lookup(obj->name)) {
                error(s->localName, std::string(alt->name) + " redeclared in this block" + altDecl(alt));
              } else {
                fileScope->insertRaw(obj->name, obj);
                dotImports_[obj] = pkgName;
              }
            }
          } else {
            declare(fileScope, nullptr, pkgName, Pos{});
          }
          break;
        }
        case NodeKind::ConstDecl: {
          auto* s = static_cast<ConstDecl*>(decl);
          if (first < 0 || !s->group || file->decls[index - 1]->as<ConstDecl>()->group != s->group) {
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
          std::span<Expr*> values = unpackExpr(last->values);
          for (size_t i = 0; i < s->names.size(); i++) {
            Name* name = s->names[i];
            Const* obj = newConst(name->pos, pkg_, name->value, nullptr, iota);
            DeclInfo* d = newDeclInfo();
            d->file = fileScope;
            d->vtyp = last->typ;
            d->init = i < values.size() ? values[i] : nullptr;
            d->inherited = inherited;
            declarePkgObj(name, obj, d);
          }
          arity(s->pos, s->names, values, true, inherited);
          break;
        }
        case NodeKind::VarDecl: {
          auto* s = static_cast<VarDecl*>(decl);
          std::vector<Var*> lhs(s->names.size());
          DeclInfo* d1 = nullptr;
          if (!(s->values && s->values->is<ListExpr>())) {
            d1 = newDeclInfo();
            d1->file = fileScope;
            d1->vtyp = s->typ;
            d1->init = s->values;
          }
          std::span<Expr*> values = unpackExpr(s->values);
          for (size_t i = 0; i < s->names.size(); i++) {
            Name* name = s->names[i];
            Var* obj = newVar(name->pos, pkg_, name->value, nullptr);
            lhs[i] = obj;
            DeclInfo* d = d1;
            if (!d) {
              d = newDeclInfo();
              d->file = fileScope;
              d->vtyp = s->typ;
              d->init = i < values.size() ? values[i] : nullptr;
            }
            declarePkgObj(name, obj, d);
          }
          if (d1) d1->lhs = lhs;
          if (!s->typ || !values.empty()) arity(s->pos, s->names, values, false, false);
          break;
        }
        case NodeKind::TypeDecl: {
          auto* s = static_cast<TypeDecl*>(decl);
          TypeName* obj = newTypeName(s->name->pos, pkg_, s->name->value, nullptr);
          DeclInfo* d = newDeclInfo();
          d->file = fileScope;
          d->tdecl = s;
          declarePkgObj(s->name, obj, d);
          break;
        }
        case NodeKind::FuncDecl: {
          auto* s = static_cast<FuncDecl*>(decl);
          std::string_view name = s->name->value;
          Func* obj = newFunc(s->name->pos, pkg_, name, nullptr);
          obj->decl = s;
          s->obj = obj;
          if (!s->recv) {
            if (name == "init" || (name == "main" && pkg_->name == "main")) {
              if (!s->typ->params.empty() || !s->typ->results.empty()) {
                error(s, "func " + std::string(name) + " must have no arguments and no return values", true);
              }
            }
            if (name == "init") {
              obj->parent = pkg_->scope;
              recordDef(s->name, obj);
              if (!s->body) error(obj->pos, "missing function body", true);
            } else {
              declare(pkg_->scope, s->name, obj, Pos{});
            }
          } else {
            bool ptr;
            Name* recv;
            unpackRecv(s->recv->typ, &ptr, &recv);
            if (recv && name != "_") methods.push_back(MethodInfo{obj, ptr, recv});
            recordDef(s->name, obj);
          }
          DeclInfo* info = newDeclInfo();
          info->file = fileScope;
          info->fdecl = s;
          objMap_[obj] = info;
          obj->order = static_cast<uint32_t>(objMap_.size());
          break;
        }
        default: break;
      }
    }
  }

  // Verify that objects in package and file scopes have different names.
  for (Scope* scope : fileScopes) {
    for (Object* obj : scope->objects()) {
      if (Object* alt = pkg_->scope->lookup(obj->name)) {
        if (PkgName* pn = obj->as<PkgName>()) {
          error(alt->pos, std::string(alt->name) + " already declared through import of package " +
                              pn->imported->name + " (\"" + pn->imported->path + "\")" + altDecl(pn));
        } else {
          error(alt->pos, std::string(alt->name) + " already declared through dot-import of package " +
                              obj->pkg->name + " (\"" + obj->pkg->path + "\")" + altDecl(obj));
        }
      }
    }
  }

  // Associate methods with receiver base type names.
  for (MethodInfo& m : methods) {
    bool ptr;
    TypeName* base = resolveBaseTypeName(m.ptr, m.recv, &ptr);
    if (base) {
      m.obj->hasPtrRecv = ptr;
      methods_[base].push_back(m.obj);
    }
  }
}

void Checker::packageObjects() {
  std::vector<Object*> objList;
  objList.reserve(objMap_.size());
  for (auto& [obj, d] : objMap_) objList.push_back(obj);
  std::sort(objList.begin(), objList.end(), [](Object* a, Object* b) { return a->order < b->order; });

  for (Object* obj : objList) {
    if (TypeName* tn = obj->as<TypeName>(); tn && tn->type) collectMethods(tn);
  }
  // Type declarations first (non-alias, then alias), then everything else,
  // so that methods are collected before use (types2 packageObjects).
  std::vector<TypeName*> aliasList;
  std::vector<Object*> othersList;
  for (Object* obj : objList) {
    if (TypeName* tn = obj->as<TypeName>()) {
      if (objMap_[tn]->tdecl->alias) {
        aliasList.push_back(tn);
      } else {
        objDecl(obj, nullptr);
      }
    } else {
      othersList.push_back(obj);
    }
  }
  for (TypeName* obj : aliasList) objDecl(obj, nullptr);
  for (Object* obj : othersList) objDecl(obj, nullptr);
  methods_.clear();
}

void Checker::unusedImports() {
  if (conf_.ignoreFuncBodies) return;
  for (PkgName* obj : imports_) {
    if (obj->used || obj->name == "_") continue;
    const std::string& path = obj->imported->path;
    std::string elem = path;
    if (size_t i = elem.rfind('/'); i != std::string::npos) elem = elem.substr(i + 1);
    if (obj->name.empty() || obj->name == "." || obj->name == elem) {
      error(obj->pos, "imported and not used: \"" + path + "\"", true);
    } else {
      error(obj->pos, "imported and not used: \"" + path + "\" as " + std::string(obj->name), true);
    }
  }
}

}  // namespace goji
