// Size limits Go's compiler enforces once type checking succeeded.
//
// Types (cmd/compile/internal/types/size.go, CalcSize): an array larger than
// the address space, a struct too large, a channel element of 64kB or more.
// Go computes a type's size when its IR construction (noder/irgen.go) first
// meets the type, and reports at the position it is at then (base.Pos): a
// defined type's own size at its declaration, other types at the declaration
// or expression being converted, channel elements at the position where the
// outermost size computation began. goji follows irgen's order: package-level
// type declarations (whose sizes wait for the end of that step, at the last
// declaration's position, most recent first), then the other package-level
// declarations (a function's signature at the position the one before left),
// then variable initializers and function bodies — an expression before its
// operands, a right-hand side before the left-hand side.
//
// Symbols (cmd/internal/obj/objfile.go): a package-level variable over 2e9
// bytes, reported when the object file is written, at the position of the
// package's first variable.
//
// goji's own limit: a composite literal of an array or struct type with more
// than 65536 scalars (code generation builds it as one SSA value, which takes
// minutes, or all memory, for a [1 << 30]int{5: 1}).
//
// Stack frames (ssagen/pgen.go): a function whose locals or arguments take 1GB
// or more. Go measures frames after escape analysis, inlining and SSA; goji
// counts what makes frames that large in practice: the arguments and results,
// laid out on the stack (CalcSize of TFUNCARGS), and the copies of ranged-over
// arrays (walk/order.go, ORANGE with a value variable), whose temporaries are
// reused, per type, once their statement is done. A function literal has a
// frame of its own. Not modelled: stack-allocated backing arrays of slice
// literals that do not escape, copies SSA finds dead, inlined closures.
#include "compiler/size_checks.h"

#include <optional>
#include <unordered_set>

namespace goji {

namespace {

constexpr int64_t kMaxChanElem = int64_t{1} << 16;
constexpr int64_t kMaxStackSize = int64_t{1} << 30;
constexpr int64_t kMaxSymbolSize = 2000000000;

// A type as Go's compiler prints it with %L (types/fmt.go, fmtGo mode): a
// defined type's structure at the top, names below.
class GcTypeWriter {
 public:
  GcTypeWriter(std::string& out, Package* local) : out_(out), local_(local) {}

  void top(Type* t) { structure(under(t)); }

 private:
  void type(Type* t) {
    if (Named* n = t->as<Named>()) {
      qualified(n->obj);
    } else if (Basic* b = t->as<Basic>()) {
      out_ += b->name;
    } else {
      structure(t);
    }
  }

  void qualified(Object* obj) {
    if (obj->pkg && obj->pkg != local_) out_ += obj->pkg->name + ".";
    out_ += obj->name;
  }

  void structure(Type* t) {
    switch (t->kind) {
      case TypeKind::Basic: out_ += static_cast<Basic*>(t)->name; break;
      case TypeKind::Pointer:
        out_ += '*';
        type(static_cast<Pointer*>(t)->base);
        break;
      case TypeKind::Array:
        out_ += '[' + std::to_string(static_cast<Array*>(t)->len) + ']';
        type(static_cast<Array*>(t)->elem);
        break;
      case TypeKind::Slice:
        out_ += "[]";
        type(static_cast<Slice*>(t)->elem);
        break;
      case TypeKind::Map:
        out_ += "map[";
        type(static_cast<Map*>(t)->key);
        out_ += ']';
        type(static_cast<Map*>(t)->elem);
        break;
      case TypeKind::Chan: {
        auto* c = static_cast<Chan*>(t);
        if (c->dir == ChanDirection::RecvOnly) {
          out_ += "<-chan ";
        } else if (c->dir == ChanDirection::SendOnly) {
          out_ += "chan<- ";
        } else {
          out_ += "chan ";
          Chan* e = c->elem->as<Chan>();
          if (e && e->dir == ChanDirection::RecvOnly) {
            out_ += '(';
            type(e);
            out_ += ')';
            break;
          }
        }
        type(c->elem);
        break;
      }
      case TypeKind::Struct: {
        auto* s = static_cast<Struct*>(t);
        out_ += "struct {";
        for (size_t i = 0; i < s->fields.size(); i++) {
          out_ += i > 0 ? "; " : " ";
          if (!s->fields[i]->embedded) out_ += std::string(s->fields[i]->name) + " ";
          type(s->fields[i]->type);
        }
        out_ += s->fields.empty() ? "}" : " }";
        break;
      }
      case TypeKind::Interface: {
        std::span<Func*> methods = allMethods(static_cast<Interface*>(t));
        out_ += "interface {";
        for (size_t i = 0; i < methods.size(); i++) {
          out_ += i > 0 ? "; " : " ";
          // Unexported method names are qualified with their package path.
          if (!methods[i]->exported() && methods[i]->pkg) out_ += methods[i]->pkg->path + ".";
          out_ += methods[i]->name;
          signature(methods[i]->sig());
        }
        out_ += methods.empty() ? "}" : " }";
        break;
      }
      case TypeKind::Signature:
        out_ += "func";
        signature(static_cast<Signature*>(t));
        break;
      default: break;  // tuples; named types never are the structure
    }
  }

  void signature(Signature* sig) {
    out_ += '(';
    if (sig->params) {
      for (size_t i = 0; i < sig->params->vars.size(); i++) {
        if (i > 0) out_ += ", ";
        Type* t = sig->params->vars[i]->type;
        if (sig->variadic && i + 1 == sig->params->vars.size()) {
          out_ += "...";
          t = static_cast<Slice*>(t)->elem;
        }
        type(t);
      }
    }
    out_ += ')';
    size_t n = sig->results ? sig->results->vars.size() : 0;
    if (n == 1) {
      out_ += ' ';
      type(sig->results->vars[0]->type);
    } else if (n > 1) {
      out_ += " (";
      for (size_t i = 0; i < n; i++) {
        if (i > 0) out_ += ", ";
        type(sig->results->vars[i]->type);
      }
      out_ += ')';
    }
  }

  std::string& out_;
  Package* local_;
};

// The type errors of CalcSize, in the order and at the positions Go's IR construction reaches them.
class TypeSizeChecker {
 public:
  TypeSizeChecker(Package* pkg, Sizes& sizes, DiagnosticSink& diags) : pkg_(pkg), sizes_(sizes), diags_(diags) {}

  void run(std::span<File* const> files) {
    std::vector<TypeDecl*> types;
    std::vector<Decl*> others;
    for (File* f : files) {
      for (Decl* d : f->decls) {
        if (TypeDecl* t = d->as<TypeDecl>()) {
          types.push_back(t);
        } else if (!d->is<ImportDecl>()) {
          others.push_back(d);
        }
      }
    }
    if (!types.empty()) pos_ = types.back()->pos;
    for (auto it = types.rbegin(); it != types.rend(); ++it) typeDecl(*it);
    for (Decl* d : others) {
      if (VarDecl* v = d->as<VarDecl>()) {
        pos_ = v->pos;
        for (Name* n : v->names) checkSize(n->obj ? n->obj->type : nullptr);
      } else if (FuncDecl* f = d->as<FuncDecl>(); f && f->obj) {
        checkSize(f->obj->type);
      }
    }
    for (Decl* d : others) {
      if (VarDecl* v = d->as<VarDecl>(); v && v->values) {
        expr(v->values);
      } else if (FuncDecl* f = d->as<FuncDecl>(); f && f->body) {
        stmt(f->body);
      }
    }
  }

 private:
  void typeDecl(TypeDecl* d) {
    Object* obj = d->name->obj;
    Named* n = obj->type->as<Named>();
    if (d->alias || !n) {
      checkSize(obj->type);
      return;
    }
    checkSize(n->fromRHS);
    for (Func* m : n->methods) checkSize(m->type);
  }

  void localDecl(Decl* d) {
    if (VarDecl* v = d->as<VarDecl>()) {
      pos_ = v->pos;
      for (Name* n : v->names) checkSize(n->obj ? n->obj->type : nullptr);
      if (v->values) expr(v->values);
    } else if (TypeDecl* t = d->as<TypeDecl>()) {
      pos_ = t->pos;
      typeDecl(t);
    }
  }

  void child(Node* n) {
    if (isExpr(n)) {
      expr(static_cast<Expr*>(n));
    } else {
      stmt(n);
    }
  }

  void stmt(Node* n) {
    switch (n->kind) {
      case NodeKind::DeclStmt:
        for (Decl* d : static_cast<DeclStmt*>(n)->decls) localDecl(d);
        break;
      case NodeKind::AssignStmt: {
        auto* a = static_cast<AssignStmt*>(n);
        if (a->rhs) expr(a->rhs);
        expr(a->lhs);
        break;
      }
      default: forEachChild(n, [&](Node* c) { child(c); });
    }
  }

  void expr(Expr* e) {
    if (e->mode == OperandMode::Constant) return;  // irgen makes the constant without visiting operands
    if (e->mode == OperandMode::TypeExpr) {
      checkSize(e->type);  // type expressions do not move base.Pos
      return;
    }
    if (e->type) {
      pos_ = e->pos;
      checkSize(e->type);
    }
    if (FuncLit* f = e->as<FuncLit>()) {
      stmt(f->body);
      return;
    }
    forEachChild(e, [&](Node* c) { child(c); });
  }

  // types.CheckSize: the entry to CalcSize.
  void checkSize(Type* t) {
    outer_ = pos_;
    calcSize(t);
  }

  void calcSize(Type* t) {
    if (!t || stopped_ || !done_.insert(t).second) return;
    Pos saved = pos_;
    if (Named* n = t->as<Named>(); n && n->obj->pos.known()) pos_ = n->obj->pos;
    Type* u = under(t);
    switch (u->kind) {
      case TypeKind::Pointer: calcSize(static_cast<Pointer*>(u)->base); break;
      case TypeKind::Slice: calcSize(static_cast<Slice*>(u)->elem); break;
      case TypeKind::Map:
        calcSize(static_cast<Map*>(u)->elem);
        calcSize(static_cast<Map*>(u)->key);
        break;
      case TypeKind::Chan: {
        Type* elem = static_cast<Chan*>(u)->elem;
        calcSize(elem);
        // Checked on a stand-in type whose size is computed last, when base.Pos is back where it all began.
        if (sizes_.sizeOf(elem) >= kMaxChanElem) diags_.error(outer_, "channel element type too large (>64kB)");
        break;
      }
      case TypeKind::Array: {
        auto* a = static_cast<Array*>(u);
        calcSize(a->elem);
        int64_t elem = sizes_.sizeOf(a->elem);
        if (elem != 0 && a->len > (kMaxWidth - 1) / elem) error(u, " larger than address space");
        break;
      }
      case TypeKind::Struct: {
        // calcStructOffset: the offset is checked after each field.
        int64_t o = 0;
        for (Var* f : static_cast<Struct*>(u)->fields) {
          calcSize(f->type);
          o = std::min(roundUp(o, sizes_.alignOf(f->type)) + sizes_.sizeOf(f->type), kSizeOverflow);
          if (o < kMaxWidth) continue;
          if (!t->is<Named>()) {
            // Go 1.19 cannot place the error (typePos of a literal type) and
            // stops with an internal compiler error at base.Pos, silently when
            // errors were reported before. goji reports the error Go meant.
            if (diags_.count() == 0) error(u, " too large");
            stopped_ = true;
            break;
          }
          error(u, " too large");
          o = 8;
        }
        break;
      }
      case TypeKind::Signature: {
        auto* sig = static_cast<Signature*>(u);
        if (sig->recv) calcSize(sig->recv->type);
        for (Tuple* t : {sig->params, sig->results}) {
          if (!t) continue;
          for (Var* v : t->vars) calcSize(v->type);
        }
        break;
      }
      case TypeKind::Interface: {
        auto* it = static_cast<Interface*>(u);
        for (Func* m : it->methods) calcSize(m->type);
        for (Type* e : it->embeddeds) calcSize(e);
        break;
      }
      default: break;
    }
    pos_ = saved;
  }

  void error(Type* t, const char* what) {
    std::string msg = "type ";
    GcTypeWriter(msg, pkg_).top(t);
    diags_.error(pos_, msg + what);
  }

  Package* pkg_;
  Sizes& sizes_;
  DiagnosticSink& diags_;
  Pos pos_;    // base.Pos
  Pos outer_;  // base.Pos when the current CheckSize began
  bool stopped_ = false;  // Go's compiler would have crashed
  std::unordered_set<const Type*> done_;
};

// The stack frame rule (see the top of the file).
class FrameChecker {
 public:
  FrameChecker(Sizes& sizes, DiagnosticSink& diags) : sizes_(sizes), diags_(diags) {}

  void run(std::span<File* const> files) {
    for (File* f : files) {
      for (Decl* d : f->decls) {
        if (FuncDecl* fd = d->as<FuncDecl>(); fd && fd->body && fd->obj) {
          function(fd->pos, fd->obj->as<Func>()->sig(), fd->body);
        } else if (VarDecl* v = d->as<VarDecl>(); v && v->values) {
          Frame init;
          walk(v->values, init);
          literals(init);
        }
      }
    }
  }

 private:
  struct Temp {
    Type* type;
    bool inUse;
  };
  struct Frame {
    int64_t locals = 0;
    std::vector<Temp> temps;
    std::vector<FuncLit*> lits;
  };

  void function(Pos pos, Signature* sig, BlockStmt* body) {
    Frame frame;
    walk(body, frame);
    int64_t args = argWidth(sig);
    if (frame.locals >= kMaxStackSize || args >= kMaxStackSize) {
      diags_.error(pos, "stack frame too large (>1GB): " + std::to_string(frame.locals >> 20) + " MB locals + " +
                            std::to_string(args >> 20) + " MB args");
    }
    literals(frame);
  }

  void literals(const Frame& frame) {
    for (FuncLit* lit : frame.lits) function(lit->pos, static_cast<Signature*>(lit->type), lit->body);
  }

  void walk(Node* n, Frame& frame) {
    if (FuncLit* lit = n->as<FuncLit>()) {
      frame.lits.push_back(lit);
      return;
    }
    ForStmt* f = n->as<ForStmt>();
    RangeClause* r = f && f->init ? f->init->as<RangeClause>() : nullptr;
    if (!r || !copiesArray(r)) {
      forEachChild(n, [&](Node* c) { walk(c, frame); });
      return;
    }
    walk(r, frame);
    size_t temp = acquire(frame, r->x->type);
    walk(f->body, frame);
    frame.temps[temp].inUse = false;
  }

  // order.go: ranging over an array with a value variable copies the array.
  static bool copiesArray(RangeClause* r) {
    ListExpr* l = r->lhs ? r->lhs->as<ListExpr>() : nullptr;
    if (!l || l->elems.size() != 2 || !under(r->x->type)->is<Array>()) return false;
    Name* value = l->elems[1]->as<Name>();
    return !value || value->value != "_";
  }

  // order.go newTemp: a free temporary of an identical type, or a new one.
  size_t acquire(Frame& frame, Type* t) {
    for (size_t i = 0; i < frame.temps.size(); i++) {
      if (!frame.temps[i].inUse && identical(frame.temps[i].type, t)) {
        frame.temps[i].inUse = true;
        return i;
      }
    }
    frame.temps.push_back({t, true});
    frame.locals = std::min(roundUp(frame.locals + sizes_.sizeOf(t), sizes_.alignOf(t)), kSizeOverflow);
    return frame.temps.size() - 1;
  }

  // CalcSize of TFUNCARGS: the receiver, then parameters and results, each
  // list rounded up to a register.
  int64_t argWidth(Signature* sig) {
    int64_t o = 0;
    auto place = [&](Var* v) {
      o = std::min(roundUp(o, sizes_.alignOf(v->type)) + sizes_.sizeOf(v->type), kSizeOverflow);
    };
    if (sig->recv) place(sig->recv);
    for (Tuple* t : {sig->params, sig->results}) {
      int64_t align = kRegSize;
      if (t) {
        for (Var* v : t->vars) {
          align = std::max(align, sizes_.alignOf(v->type));
          place(v);
        }
      }
      o = roundUp(o, align);
    }
    return o;
  }

  Sizes& sizes_;
  DiagnosticSink& diags_;
};

}  // namespace

void checkTypeSizes(std::span<File* const> files, Package* pkg, Sizes& sizes, DiagnosticSink& diags) {
  TypeSizeChecker(pkg, sizes, diags).run(files);
}

void checkStackFrames(std::span<File* const> files, Sizes& sizes, DiagnosticSink& diags) {
  FrameChecker(sizes, diags).run(files);
}

namespace {

// The scalars code generation flattens a value of type t into, saturated
// just past the limit.
int64_t scalarCount(Type* t) {
  Type* u = under(t);
  if (Array* a = u->as<Array>()) {
    int64_t n = scalarCount(a->elem);
    if (n == 0 || a->len <= 0) return 0;
    return a->len > kMaxLiteralScalars / n ? kMaxLiteralScalars + 1 : a->len * n;
  }
  if (Struct* s = u->as<Struct>()) {
    int64_t n = 0;
    for (Var* f : s->fields) n = std::min(n + scalarCount(f->type), kMaxLiteralScalars + 1);
    return n;
  }
  if (u->is<Slice>()) return 3;
  if (u->is<Interface>()) return 2;
  if (Basic* b = u->as<Basic>(); b && (b->bkind == BasicKind::String || b->bkind == BasicKind::UntypedString)) return 2;
  return 1;
}

void checkLiterals(Node* n, Sizes& sizes, DiagnosticSink& diags) {
  if (CompositeLit* lit = n->as<CompositeLit>(); lit && lit->type) {
    Type* u = under(lit->type);
    if ((u->is<Array>() || u->is<Struct>()) && scalarCount(lit->type) > kMaxLiteralScalars) {
      diags.error(lit->pos, "not supported by goji: a composite literal of type " +
                                typeString(lit->type, [](const Package* p) { return std::string(p->name); }) + " (" +
                                std::to_string(sizes.sizeOf(lit->type)) + " bytes); use a slice or assign elements");
      return;
    }
  }
  forEachChild(n, [&](Node* c) { checkLiterals(c, sizes, diags); });
}

}  // namespace

void checkLiteralSizes(std::span<File* const> files, Sizes& sizes, DiagnosticSink& diags) {
  for (File* f : files) checkLiterals(f, sizes, diags);
}

void checkSymbolSizes(std::span<File* const> files, Package* pkg, Sizes& sizes, DiagnosticSink& diags) {
  // Go reports every one at the first package-level variable's position.
  std::optional<Pos> first;
  for (File* f : files) {
    for (Decl* d : f->decls) {
      VarDecl* v = d->as<VarDecl>();
      if (!v) continue;
      for (Name* n : v->names) {
        if (!n->obj || n->value == "_") continue;
        if (!first) first = n->pos;
        int64_t size = sizes.sizeOf(n->obj->type);
        if (size <= kMaxSymbolSize) continue;
        diags.error(*first, pkg->name + "." + std::string(n->value) + ": symbol too large (" + std::to_string(size) +
                                " bytes > " + std::to_string(kMaxSymbolSize) + " bytes)");
      }
    }
  }
}

}  // namespace goji
