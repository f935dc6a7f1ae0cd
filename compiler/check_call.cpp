// Calls, conversions as calls, argument passing and selectors (types2 call.go).
#include <cctype>

#include "compiler/checker.h"
#include "compiler/go_api.h"
#include "compiler/program.h"

namespace goji {

namespace {

// "path.Type.sel" if t is (a pointer to) a type of a standard library
// package whose Go counterpart has a method or field sel; "" otherwise.
std::string goAPIMember(Type* t, std::string_view sel) {
  if (Pointer* p = t->as<Pointer>()) t = p->base;
  Named* n = t->as<Named>();
  if (!n || !n->obj || !n->obj->pkg) return "";
  std::string key = n->obj->pkg->path + "." + std::string(n->obj->name) + "." + std::string(sel);
  return isGoAPIName(key) ? key : "";
}

}  // namespace

ExprKind Checker::callExpr(Operand& x, CallExpr* call) {
  if (call->fun->is<IndexExpr>()) {
    if (indexExpr(x, static_cast<IndexExpr*>(call->fun))) {
      notSupported(call->fun->pos, "generic function instantiation");
      x.mode = OperandMode::Invalid;
    }
    x.expr = call->fun;
    record(x);
  } else {
    exprOrType(x, call->fun);
  }
  switch (x.mode) {
    case OperandMode::Invalid:
      use(call->args);
      x.expr = call;
      return ExprKind::Statement;
    case OperandMode::TypeExpr: {
      // conversion
      Type* T = x.type;
      x.mode = OperandMode::Invalid;
      switch (call->args.size()) {
        case 0: error(call, "missing argument in conversion to " + str(T)); break;
        case 1:
          expr(x, call->args[0]);
          if (x.mode != OperandMode::Invalid) {
            if (call->hasDots) {
              error(call->args[0], "invalid use of ... in type conversion to " + str(T));
              break;
            }
            conversion(x, T);
          }
          break;
        default:
          use(call->args);
          error(call->args.back(), "too many arguments in conversion to " + str(T));
      }
      x.expr = call;
      return ExprKind::Conversion;
    }
    case OperandMode::Builtin: {
      BuiltinId id = x.id;
      if (!builtin(x, call, id)) x.mode = OperandMode::Invalid;
      x.expr = call;
      // A non-constant result implies a function call.
      if (x.mode != OperandMode::Invalid && x.mode != OperandMode::Constant) env_.hasCallOrRecv = true;
      switch (id) {
        case BuiltinId::Close:
        case BuiltinId::Copy:
        case BuiltinId::Delete:
        case BuiltinId::Panic:
        case BuiltinId::Print:
        case BuiltinId::Println:
        case BuiltinId::Recover: return ExprKind::Statement;
        default: return ExprKind::Expression;
      }
    }
    default: break;
  }
  // ordinary function/method call
  Signature* sig = under(x.type)->as<Signature>();
  if (!sig) {
    error(x, "invalid operation: cannot call non-function " + str(x));
    x.mode = OperandMode::Invalid;
    x.expr = call;
    return ExprKind::Statement;
  }
  bool commaOk;
  std::vector<Operand> args = exprList(call->args, false, &commaOk);
  arguments(call, sig, args);
  size_t nres = sig->results ? sig->results->vars.size() : 0;
  switch (nres) {
    case 0:
      x.mode = OperandMode::NoValue;
      x.type = nullptr;
      break;
    case 1:
      x.mode = OperandMode::Value;
      x.type = sig->results->vars[0]->type;  // unpack tuple
      break;
    default:
      x.mode = OperandMode::Value;
      x.type = sig->results;
  }
  x.expr = call;
  env_.hasCallOrRecv = true;
  return ExprKind::Statement;
}

std::vector<Operand> Checker::exprList(std::span<Expr*> elist, bool allowCommaOk, bool* commaOk) {
  std::vector<Operand> xlist;
  *commaOk = false;
  if (elist.size() == 1) {
    Expr* e = elist[0];
    Operand x;
    multiExpr(x, e);
    if (Tuple* t = x.type ? x.type->as<Tuple>() : nullptr; t && x.mode != OperandMode::Invalid) {
      // multiple values
      for (Var* v : t->vars) {
        Operand o;
        o.mode = OperandMode::Value;
        o.expr = e;
        o.type = v->type;
        xlist.push_back(o);
      }
      return xlist;
    }
    bool isCommaOk = x.mode == OperandMode::MapIndex || x.mode == OperandMode::CommaOk || x.mode == OperandMode::CommaErr;
    xlist.push_back(x);
    if (allowCommaOk && isCommaOk) {
      xlist[0].mode = OperandMode::Value;
      Operand ok;
      ok.mode = OperandMode::Value;
      ok.expr = e;
      ok.type = basicType(BasicKind::UntypedBool);
      xlist.push_back(ok);
      *commaOk = true;
    }
    return xlist;
  }
  for (Expr* e : elist) {
    Operand x;
    expr(x, e);
    xlist.push_back(x);
  }
  return xlist;
}

void Checker::arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args) {
  for (Operand& a : args) {
    if (a.mode == OperandMode::TypeExpr) {
      error(a, str(a) + " used as value");
      return;
    }
    if (a.mode == OperandMode::Invalid) return;
  }
  size_t nargs = args.size();
  size_t npars = sig->params ? sig->params->vars.size() : 0;
  bool ddd = call->hasDots;
  std::vector<Type*> sigParams;
  if (sig->params) {
    for (Var* v : sig->params->vars) sigParams.push_back(v->type);
  }
  if (sig->variadic) {
    if (ddd) {
      // variadic_func(a, b, c...)
      if (call->args.size() == 1 && nargs > 1) {
        // f()... is not permitted if f() is multi-valued
        error(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + str(call->args[0]));
        return;
      }
    } else {
      // variadic_func(a, b, c)
      if (nargs + 1 >= npars) {
        // Extend the signature with as many parameters as there are arguments.
        Type* elem = sig->params->vars[npars - 1]->type->as<Slice>()->elem;
        sigParams.resize(npars - 1);
        while (sigParams.size() < nargs) sigParams.push_back(elem);
        npars = nargs;
      } else {
        npars--;  // for correct error message below
      }
    }
  } else if (ddd) {
    error(call, "cannot use ... in call to non-variadic " + str(call->fun));
    return;
  }
  if (nargs != npars) {
    Pos at = startPos(call);
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = startPos(args[npars].expr);  // report at first extra argument
      qualifier = "too many";
    } else if (nargs > 0) {
      at = startPos(args[nargs - 1].expr);  // report at last argument
    }
    std::vector<Type*> have, want;
    for (Operand& a : args) have.push_back(a.type);
    if (sig->params) {
      for (Var* v : sig->params->vars) want.push_back(v->type);
    }
    error(at, qualifier + " arguments in call to " + str(call->fun) + "\n\thave " + typesSummary(have, false) +
                  "\n\twant " + typesSummary(want, sig->variadic));
    return;
  }
  if (!args.empty()) {
    std::string context = "argument to " + str(call->fun);
    for (size_t i = 0; i < args.size(); i++) assignment(args[i], sigParams[i], context);
  }
}

void Checker::selector(Operand& x, SelectorExpr* e, Named* def) {
  std::string_view sel = e->sel->value;
  auto fail = [&] {
    x.mode = OperandMode::Invalid;
    x.expr = e;
  };
  // If the identifier refers to a package, handle everything here so we
  // don't need a "package" mode for operands.
  if (Name* ident = e->x->as<Name>()) {
    Object* obj = env_.scope->lookupParent(ident->value, env_.pos);
    if (PkgName* pname = obj ? obj->as<PkgName>() : nullptr) {
      recordUse(ident, pname);
      pname->used = true;
      Package* pkg = pname->imported;
      Object* exp = pkg->scope->lookup(sel);
      if (!exp) {
        if (pkg->fake) return fail();
        std::string name = pkg->path + "." + std::string(sel);
        if (isGoAPIName(name)) {
          notInGojiPackage(e->sel->pos, name);
        } else {
          error(e->sel, "undefined: " + pkg->name + "." + std::string(sel));
        }
        return fail();
      }
      if (!exp->exported()) error(e->sel, std::string(sel) + " not exported by package " + pkg->name);
      objDecl(exp, nullptr);  // imported packages are declared lazily
      recordUse(e->sel, exp);
      // Simplified version of the code for *syntax.Names: imported objects are
      // always fully initialized.
      switch (exp->kind) {
        case ObjKind::Const:
          x.mode = OperandMode::Constant;
          x.type = exp->type;
          x.val = *static_cast<Const*>(exp)->val;
          break;
        case ObjKind::TypeName:
          x.mode = OperandMode::TypeExpr;
          x.type = exp->type;
          break;
        case ObjKind::Var:
          x.mode = OperandMode::Variable;
          x.type = exp->type;
          break;
        case ObjKind::Func:
          x.mode = OperandMode::Value;
          x.type = exp->type;
          break;
        case ObjKind::Builtin:
          x.mode = OperandMode::Builtin;
          x.type = exp->type;
          x.id = static_cast<Builtin*>(exp)->id;
          break;
        default: break;
      }
      x.expr = e;
      return;
    }
  }
  exprOrType(x, e->x);
  switch (x.mode) {
    case OperandMode::TypeExpr:
      // Don't crash for "type T T.x" (was issue #51509).
      if (def && x.type == def) {
        cycleError({def->obj});
        return fail();
      }
      break;
    case OperandMode::Builtin:
      error(e->pos, "cannot select on " + str(x));
      return fail();
    case OperandMode::Invalid: return fail();
    default: break;
  }
  LookupResult r = lookupFieldOrMethod(x.type, x.mode == OperandMode::Variable, pkg_, sel);
  if (!r.obj) {
    // Don't report another error if the underlying type was invalid (issue #49541).
    if (under(x.type) == invalidType()) return fail();
    if (!r.index.empty()) {
      // TODO(gri) should provide actual type where the conflict happens
      error(e->sel, "ambiguous selector " + str(x.expr) + "." + std::string(sel));
      return fail();
    }
    if (r.indirect) {
      error(e->sel, "cannot call pointer method " + std::string(sel) + " on " + str(x.type));
      return fail();
    }
    if (std::string member = goAPIMember(x.type, sel); !member.empty()) {
      notInGojiPackage(e->sel->pos, member);
      return fail();
    }
    std::string why;
    Pointer* p = under(x.type)->as<Pointer>();
    if (p && isInterface(p->base)) {
      why = "type " + str(x.type) + " is pointer to interface, not interface";
    } else {
      why = "type " + str(x.type) + " has no field or method " + std::string(sel);
      // Check if capitalization of sel matters and provide better error message in that case.
      if (!sel.empty()) {
        std::string changeCase(sel);
        unsigned char c = changeCase[0];
        if (c < 0x80) {
          changeCase[0] = std::isupper(c) ? static_cast<char>(std::tolower(c)) : static_cast<char>(std::toupper(c));
          if (lookupFieldOrMethod(x.type, x.mode == OperandMode::Variable, pkg_, changeCase).obj) {
            why += ", but does have " + changeCase;
          }
        }
      }
    }
    error(e->sel, str(x.expr) + "." + std::string(sel) + " undefined (" + why + ")");
    return fail();
  }
  // Methods may not have a fully set up signature yet.
  if (Func* m = r.obj->as<Func>()) objDecl(m, nullptr);

  Selection* selection = prog_.arena.make<Selection>();
  selection->recv = x.type;
  selection->obj = r.obj;
  selection->index = prog_.arena.copy(r.index);
  selection->indirect = r.indirect;
  e->selection = selection;

  if (x.mode == OperandMode::TypeExpr) {
    // method expression
    Func* m = r.obj->as<Func>();
    if (!m) {
      error(e->sel, str(x.expr) + "." + std::string(sel) + " undefined (type " + str(x.type) + " has no method " +
                        std::string(sel) + ")");
      return fail();
    }
    selection->kind = SelectionKind::MethodExpr;
    Signature* sig = m->sig();
    if (!sig->recv) {
      error(e, "illegal cycle in method declaration");
      return fail();
    }
    // The receiver type becomes the type of the first function argument of
    // the method expression's function type.
    std::vector<Var*> params;
    if (sig->params) params.assign(sig->params->vars.begin(), sig->params->vars.end());
    std::string_view name;
    if (!params.empty() && !params[0]->name.empty()) {
      name = sig->recv->name;
      if (name.empty()) name = "_";
    }
    params.insert(params.begin(), newVar(sig->recv->pos, sig->recv->pkg, name, x.type));
    x.mode = OperandMode::Value;
    Signature* s = make<Signature>();
    s->params = newTuple(params);
    s->results = sig->results;
    s->variadic = sig->variadic;
    x.type = s;
    addDeclDep(m);
  } else if (Var* v = r.obj->as<Var>()) {
    // regular selector (possibly embedded field)
    selection->kind = SelectionKind::FieldVal;
    x.mode = (x.mode == OperandMode::Variable || r.indirect) ? OperandMode::Variable : OperandMode::Value;
    x.type = v->type;
  } else {
    Func* m = r.obj->as<Func>();
    selection->kind = SelectionKind::MethodVal;
    x.mode = OperandMode::Value;
    // remove receiver
    Signature* s = make<Signature>();
    *s = *m->sig();
    s->recv = nullptr;
    x.type = s;
    addDeclDep(m);
  }
  x.expr = e;
}

void Checker::use(std::span<Expr*> args) {
  for (Expr* e : args) use(e);
}

void Checker::use(Expr* e) {
  if (!e) return;
  if (Name* n = e->as<Name>(); n && n->value == "_") return;
  if (ListExpr* l = e->as<ListExpr>()) {
    use(l->elems);
    return;
  }
  Operand x;
  rawExpr(x, e, nullptr);
}

}  // namespace goji
