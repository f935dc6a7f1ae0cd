// Checker core: construction, the phase driver, error reporting, object and
// scope helpers (types2 check.go, errors.go, scope handling).
#include <algorithm>

#include "compiler/checker.h"
#include "compiler/program.h"

namespace goji {

Checker::Checker(Program& prog, CheckConfig conf, Package* pkg, DiagnosticSink& diags, const FileSet& files)
    : prog_(prog), conf_(std::move(conf)), pkg_(pkg), diags_(diags), fileSet_(files) {}

void Checker::checkFiles(std::span<File*> files) {
  for (File* file : files) {
    std::string_view name = file->pkgName->value;
    if (pkg_->name.empty()) {
      if (name != "_") {
        pkg_->name = std::string(name);
      } else {
        error(file->pkgName, "invalid package name _");
      }
      files_.push_back(file);
    } else if (name == pkg_->name) {
      files_.push_back(file);
    } else {
      error(file, "package " + std::string(name) + "; expected " + pkg_->name);
    }
  }
  pkg_->checker = this;
  collectObjects();
  if (conf_.lazy) {
    pkg_->complete = true;
    return;
  }
  packageObjects();
  processDelayed(0);
  for (size_t i = 0; i < cleaners_.size(); i++) {
    Named* n = cleaners_[i];
    if (n->underlying && n->underlying->is<Named>()) namedUnder(n);
  }
  initOrder();
  pkg_->inits = initOrder_;
  for (File* f : files_) {
    for (Decl* d : f->decls) {
      if (FuncDecl* fd = d->as<FuncDecl>(); fd && !fd->recv && fd->name->value == "init") pkg_->initFuncs.push_back(fd);
    }
  }
  unusedImports();
  // Record the final types of expressions that stayed untyped.
  for (auto& [e, info] : untyped_) recordTypeAndValue(e, info.mode, info.typ, info.mode == OperandMode::Constant ? internValue(info.val) : nullptr);
  pkg_->complete = true;
}

void Checker::processDelayed(size_t top) {
  // Actions may append more actions; they run in FIFO order.
  bool outer = !inDelayed_;
  inDelayed_ = true;
  for (size_t i = top; i < delayed_.size(); i++) {
    std::function<void()> f = std::move(delayed_[i].f);
    f();
  }
  delayed_.resize(top);
  if (outer) inDelayed_ = false;
}

// ---------------------------------------------------------------------------
// Errors

void Checker::markImports(Package* pkg) {
  if (!seenPkgMap_.insert(pkg).second) return;
  pkgPathMap_[pkg->name].insert(pkg->path);
  for (Package* imp : pkg->imports) markImports(imp);
}

std::string Checker::qualifier(const Package* pkg) {
  if (pkg == pkg_) return "";
  if (!pkgPathMapBuilt_) {
    pkgPathMapBuilt_ = true;
    markImports(pkg_);
  }
  if (pkgPathMap_[pkg->name].size() > 1) return "\"" + pkg->path + "\"";
  return pkg->name;
}

Qualifier Checker::qf() {
  return [this](const Package* p) { return qualifier(p); };
}

void Checker::error(Pos pos, const std::string& msg, bool soft) {
  (void)soft;
  // Follow-on errors about invalid operands or types add nothing.
  if (firstErr_ && (msg.find("invalid operand") != std::string::npos && msg.find("invalid operand") > 0)) return;
  if (firstErr_ && (msg.find("invalid type") != std::string::npos && msg.find("invalid type") > 0)) return;
  if (env_.errpos.known()) pos = env_.errpos;
  firstErr_ = true;
  diags_.error(pos, msg);
}

void Checker::notSupported(Pos pos, const std::string& what) {
  firstErr_ = true;
  diags_.error(pos, "not supported by goji: " + what);
}

void Checker::notInGojiPackage(Pos pos, const std::string& member) {
  notSupported(pos, member + " (goji's " + member.substr(0, member.find('.')) + " package lacks it)");
}

std::string Checker::str(Type* t) { return typeString(t, qf()); }
std::string Checker::str(const Node* n) { return exprString(n); }
std::string Checker::str(Object* obj) { return objectString(obj, qf()); }

const char* operandModeString(OperandMode m) {
  switch (m) {
    case OperandMode::Invalid: return "invalid operand";
    case OperandMode::NoValue: return "no value";
    case OperandMode::Builtin: return "built-in";
    case OperandMode::TypeExpr: return "type";
    case OperandMode::Constant: return "constant";
    case OperandMode::Variable: return "variable";
    case OperandMode::MapIndex: return "map index expression";
    case OperandMode::Value: return "value";
    case OperandMode::NilValue: return "nil";
    case OperandMode::CommaOk: return "comma, ok expression";
    case OperandMode::CommaErr: return "comma, error expression";
  }
  return "";
}

static const char* kBuiltinNames[] = {"append", "cap",   "close", "complex", "copy",    "delete", "imag",   "len",
                                      "make",   "new",   "panic", "print",   "println", "real",   "recover"};

std::string Checker::str(const Operand& x) {
  if (x.mode == OperandMode::NilValue) {
    if (!x.type || x.type == invalidType()) return "nil (with invalid type)";
    if (x.type == basicType(BasicKind::UntypedNil)) return "nil";
    return "nil (of type " + str(x.type) + ")";
  }
  std::string buf;
  std::string expr;
  if (x.expr) {
    expr = exprString(x.expr);
  } else {
    switch (x.mode) {
      case OperandMode::Builtin: expr = kBuiltinNames[static_cast<int>(x.id)]; break;
      case OperandMode::TypeExpr: expr = str(x.type); break;
      case OperandMode::Constant: expr = x.val.toString(); break;
      default: break;
    }
  }
  if (!expr.empty()) {
    buf += expr;
    buf += " (";
  }
  bool hasType = false;
  switch (x.mode) {
    case OperandMode::Invalid:
    case OperandMode::NoValue:
    case OperandMode::Builtin:
    case OperandMode::TypeExpr: break;
    default:
      if (x.type) {
        if (isUntyped(x.type)) {
          buf += x.type->as<Basic>()->name;
          buf += ' ';
          break;
        }
        hasType = true;
      }
  }
  buf += operandModeString(x.mode);
  if (x.mode == OperandMode::Constant) {
    std::string s = x.val.toString();
    if (s != expr) {
      buf += ' ';
      buf += s;
    }
  }
  if (hasType) {
    if (x.type != invalidType()) {
      buf += " of type ";
      buf += str(x.type);
    } else {
      buf += " with invalid type";
    }
  }
  if (!expr.empty()) buf += ')';
  return buf;
}

std::string Checker::altDecl(Object* obj) {
  // types2 adds "other declaration of x" as a continuation of the error,
  // which Go's compiler prints on the next line after a tab.
  if (!obj->pos.known()) return "";
  return "\n\t" + fileSet_.posString(obj->pos) + ": other declaration of " + std::string(obj->name);
}

// ---------------------------------------------------------------------------
// Objects, scopes and recording

template <typename T, typename... Args>
T* Checker::make(Args&&... args) {
  T* t = prog_.arena.make<T>(std::forward<Args>(args)...);
  t->kind = T::kKind;
  return t;
}

template Basic* Checker::make<Basic>();
template Pointer* Checker::make<Pointer>();
template Array* Checker::make<Array>();
template Slice* Checker::make<Slice>();
template Struct* Checker::make<Struct>();
template Tuple* Checker::make<Tuple>();
template Signature* Checker::make<Signature>();
template Interface* Checker::make<Interface>();
template Map* Checker::make<Map>();
template Chan* Checker::make<Chan>();
template Named* Checker::make<Named>();
template PkgName* Checker::make<PkgName>();
template Const* Checker::make<Const>();
template TypeName* Checker::make<TypeName>();
template Var* Checker::make<Var>();
template Func* Checker::make<Func>();
template Label* Checker::make<Label>();

Scope* Checker::newScope(Scope* parent, Pos pos, Pos end, std::string comment) {
  Scope* s = prog_.newScope();
  s->parent = parent;
  s->pos = pos;
  s->end = end;
  s->comment = std::move(comment);
  if (parent && parent != universe().scope) parent->children.push_back(s);
  return s;
}

Var* Checker::newVar(Pos pos, Package* pkg, std::string_view name, Type* t) {
  Var* v = make<Var>();
  v->pos = pos;
  v->pkg = pkg;
  v->name = name;
  v->type = t;
  return v;
}

Var* Checker::newParam(Pos pos, Package* pkg, std::string_view name, Type* t) {
  Var* v = newVar(pos, pkg, name, t);
  v->used = true;  // parameters are always 'used'
  v->isParam = true;
  return v;
}

Var* Checker::newField(Pos pos, Package* pkg, std::string_view name, Type* t, bool embedded) {
  Var* v = newVar(pos, pkg, name, t);
  v->isField = true;
  v->embedded = embedded;
  return v;
}

Func* Checker::newFunc(Pos pos, Package* pkg, std::string_view name, Signature* sig) {
  Func* f = make<Func>();
  f->pos = pos;
  f->pkg = pkg;
  f->name = name;
  f->type = sig;
  return f;
}

Const* Checker::newConst(Pos pos, Package* pkg, std::string_view name, Type* t, const Value* val) {
  Const* c = make<Const>();
  c->pos = pos;
  c->pkg = pkg;
  c->name = name;
  c->type = t;
  c->val = val;
  return c;
}

TypeName* Checker::newTypeName(Pos pos, Package* pkg, std::string_view name, Type* t) {
  TypeName* tn = make<TypeName>();
  tn->pos = pos;
  tn->pkg = pkg;
  tn->name = name;
  tn->type = t;
  return tn;
}

Tuple* Checker::newTuple(std::vector<Var*> vars) {
  if (vars.empty()) return nullptr;
  Tuple* t = make<Tuple>();
  t->vars = prog_.arena.copy(vars);
  return t;
}

Pointer* Checker::newPointer(Type* base) {
  Pointer* p = make<Pointer>();
  p->base = base;
  return p;
}

Slice* Checker::newSlice(Type* elem) {
  Slice* s = make<Slice>();
  s->elem = elem;
  return s;
}

const Value* Checker::internValue(Value v) { return prog_.intern(std::move(v)); }

Named* Checker::newNamed(TypeName* obj, Type* underlying) {
  Named* n = make<Named>();
  n->check = this;
  n->obj = obj;
  n->fromRHS = underlying;
  n->underlying = underlying;
  if (!obj->type) obj->type = n;
  cleaners_.push_back(n);
  return n;
}

void Checker::recordDef(Name* id, Object* obj) {
  if (id) id->obj = obj;
}

void Checker::recordUse(Name* id, Object* obj) {
  if (id) id->obj = obj;
}

void Checker::recordTypeAndValue(Expr* x, OperandMode mode, Type* t, const Value* val) {
  if (mode == OperandMode::Invalid) return;
  x->mode = mode;
  x->type = t;
  x->value = mode == OperandMode::Constant ? val : nullptr;
}

void Checker::record(Operand& x) {
  Type* t;
  const Value* val = nullptr;
  switch (x.mode) {
    case OperandMode::Invalid: t = invalidType(); break;
    case OperandMode::NoValue: t = nullptr; break;
    case OperandMode::Constant:
      t = x.type;
      val = internValue(x.val);
      break;
    default: t = x.type;
  }
  if (!x.expr) return;
  if (t && isUntyped(t)) {
    rememberUntyped(x.expr, false, x.mode, t->as<Basic>(), x.val);
  } else {
    recordTypeAndValue(x.expr, x.mode, t, val);
  }
}

void Checker::rememberUntyped(Expr* e, bool lhs, OperandMode mode, Basic* t, const Value& val) {
  untyped_[e] = UntypedInfo{lhs, mode, t, val};
}

void Checker::addDeclDep(Object* to) {
  DeclInfo* from = env_.decl;
  if (!from) return;  // not in a package-level init expression
  if (!objMap_.count(to)) return;  // not a package-level object
  from->addDep(to);
}

void Checker::declare(Scope* scope, Name* id, Object* obj, Pos scopePos) {
  if (obj->name != "_") {
    if (Object* alt = scope->insert(obj)) {
      error(obj->pos, std::string(obj->name) + " redeclared in this block" + altDecl(alt));
      return;
    }
    obj->scopePos = scopePos;
  }
  if (id) recordDef(id, obj);
}

void Checker::openScope(Node* node, const std::string& comment) { openScopeUntil(node, endPos(node), comment); }

void Checker::openScopeUntil(Node* node, Pos end, const std::string& comment) {
  env_.scope = newScope(env_.scope, node->pos, end, comment);
}

void Checker::closeScope() { env_.scope = env_.scope->parent; }

DeclInfo* Checker::newDeclInfo() {
  declInfos_.push_back(std::make_unique<DeclInfo>());
  return declInfos_.back().get();
}

std::span<Expr*> unpackExpr(Expr*& e) {
  if (!e) return {};
  if (ListExpr* l = e->as<ListExpr>()) return l->elems;
  return std::span<Expr*>(&e, 1);
}

}  // namespace goji
