// Which local variables live in heap cells, and what each closure captures.
//
// A variable lives in a heap cell when its address is taken (&x, x.M() with
// a pointer receiver, slicing an array other than as the source or target of
// a copy: string(a[i:j]), append(x, a[i:j]...), copy), when a closure refers to it (Go
// closures capture variables by reference), or when it is an array holding
// pointers indexed by a non-constant, or an array inside a variable that holds
// pointers elsewhere (SROA could not promote such an alloca,
// and an alloca must not hold GC pointers at RS4GC time). Everything else
// stays in allocas that mem2reg/SROA turn into SSA values.
#include "compiler/cg_escape.h"

namespace goji {

namespace {

class EscapeWalker {
 public:
  explicit EscapeWalker(EscapeInfo& info) : info_(info) {}

  void function(FuncLit* lit, FuncType* type, Field* recv, BlockStmt* body) {
    contexts_.push_back(Context{lit, {}});
    if (recv) defineField(recv);
    for (Field* f : type->params) defineField(f);
    for (Field* f : type->results) defineField(f);
    if (body) stmt(body);
    contexts_.pop_back();
  }

  void initializer(Expr* e) {
    contexts_.push_back(Context{nullptr, {}});
    expr(e);
    contexts_.pop_back();
  }

 private:
  struct Context {
    FuncLit* lit;  // null for the outermost function
    std::set<Var*> declared;
  };

  void defineField(Field* f) {
    if (f->name && f->name->obj) {
      if (Var* v = f->name->obj->as<Var>()) define(v);
    }
  }

  void define(Var* v) { contexts_.back().declared.insert(v); }

  bool isLocal(Var* v) { return v->parent && v->pkg && v->parent != v->pkg->scope && !v->isField; }

  void use(Var* v) {
    if (!isLocal(v)) return;
    // Every function literal between the use and the declaration captures v.
    for (size_t i = contexts_.size(); i-- > 0;) {
      if (contexts_[i].declared.count(v)) return;
      if (FuncLit* lit = contexts_[i].lit) {
        std::vector<Var*>& caps = info_.captures[lit];
        if (std::find(caps.begin(), caps.end(), v) == caps.end()) caps.push_back(v);
        info_.heap.insert(v);
        info_.captured.insert(v);
      }
    }
  }

  void name(Name* n) {
    if (!n->obj) return;
    Var* v = n->obj->as<Var>();
    if (!v) return;
    if (n->pos == v->pos) {
      define(v);
    } else {
      use(v);
    }
  }

  Var* root(Expr* e) { return addressRoot(e); }

  // e as a[i:j] when a is a local array of pointer-free elements (not
  // reached through a pointer); null otherwise.
  SliceExpr* localArraySlice(Expr* e) {
    SliceExpr* s = unparen(e)->as<SliceExpr>();
    if (!s || !s->x->type) return nullptr;
    Array* a = under(s->x->type)->as<Array>();
    if (!a || hasPointers_(a->elem)) return nullptr;
    Var* v = root(s->x);
    return v && isLocal(v) ? s : nullptr;
  }

  // The arguments of c that are slices of local arrays whose elements c only
  // copies: string(a[i:j]), append(x, a[i:j]...), copy(a[i:j], a[k:l]).
  std::vector<SliceExpr*> copiedSlices(CallExpr* c) {
    std::vector<SliceExpr*> out;
    Expr* f = unparen(c->fun);
    if (f->mode == OperandMode::TypeExpr && c->args.size() == 1 && c->type) {
      Basic* to = under(c->type)->as<Basic>();
      SliceExpr* s = localArraySlice(c->args[0]);
      Basic* elem = s ? under(under(s->x->type)->as<Array>()->elem)->as<Basic>() : nullptr;
      if (to && (to->info & IsString) && elem && elem->bkind == BasicKind::Uint8) out.push_back(s);
    } else if (f->mode == OperandMode::Builtin && f->as<Name>()) {
      BuiltinId id = static_cast<Builtin*>(f->as<Name>()->obj)->id;
      for (size_t i = 0; i < c->args.size(); i++) {
        bool copied = (id == BuiltinId::Append && c->hasDots && i == 1) || id == BuiltinId::Copy;
        if (SliceExpr* s = copied ? localArraySlice(c->args[i]) : nullptr) out.push_back(s);
      }
    }
    return out;
  }

  void addressTaken(Expr* e) {
    if (Var* v = root(e); v && isLocal(v)) {
      info_.heap.insert(v);
      info_.addressed.insert(v);
    }
  }

  void expr(Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case NodeKind::Name: name(static_cast<Name*>(e)); break;
      case NodeKind::CompositeLit:
        for (Expr* el : static_cast<CompositeLit*>(e)->elems) expr(el);
        break;
      case NodeKind::KeyValueExpr: {
        auto* kv = static_cast<KeyValueExpr*>(e);
        expr(kv->key);  // a struct literal's field name denotes a field: ignored by use()
        expr(kv->val);
        break;
      }
      case NodeKind::FuncLit: {
        auto* f = static_cast<FuncLit*>(e);
        function(f, f->typ, nullptr, f->body);
        break;
      }
      case NodeKind::ParenExpr: expr(static_cast<ParenExpr*>(e)->x); break;
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<SelectorExpr*>(e);
        expr(s->x);
        // x.M() with a pointer receiver on an addressable x takes &x.
        if (s->selection && s->selection->kind == SelectionKind::MethodVal) {
          Func* m = s->selection->obj->as<Func>();
          if (m && m->hasPtrRecv && s->x->type && !under(s->x->type)->is<Pointer>()) addressTaken(s->x);
          // A method value binds a copy of the receiver: nothing escapes by reference.
        }
        break;
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<IndexExpr*>(e);
        expr(ix->x);
        expr(ix->index);
        if (ix->x->type && under(ix->x->type)->is<Array>() && !(ix->index->mode == OperandMode::Constant)) {
          // The whole variable counts: an array of bytes beside a string in
          // a struct keeps the struct's alloca from being split as well.
          if (Var* v = root(ix->x); v && hasPointers_(v->type)) addressTaken(ix->x);
        }
        break;
      }
      case NodeKind::SliceExpr: {
        auto* s = static_cast<SliceExpr*>(e);
        expr(s->x);
        for (Expr* i : s->index) expr(i);
        if (s->x->type && under(s->x->type)->is<Array>()) addressTaken(s->x);
        break;
      }
      case NodeKind::AssertExpr: expr(static_cast<AssertExpr*>(e)->x); break;
      case NodeKind::TypeSwitchGuard: expr(static_cast<TypeSwitchGuard*>(e)->x); break;
      case NodeKind::Operation: {
        auto* o = static_cast<Operation*>(e);
        expr(o->x);
        expr(o->y);
        if (o->op == Op::And && !o->y) addressTaken(o->x);
        break;
      }
      case NodeKind::CallExpr: {
        auto* c = static_cast<CallExpr*>(e);
        // Copying out of or into a[i:j] reads or writes a; it keeps no
        // reference to it.
        std::vector<SliceExpr*> copied = copiedSlices(c);
        expr(c->fun);
        for (Expr* a : c->args) {
          auto it = std::find(copied.begin(), copied.end(), unparen(a));
          if (it == copied.end()) {
            expr(a);
            continue;
          }
          expr((*it)->x);
          for (Expr* i : (*it)->index) expr(i);
        }
        break;
      }
      case NodeKind::ListExpr:
        for (Expr* x : static_cast<ListExpr*>(e)->elems) expr(x);
        break;
      default: break;  // types
    }
  }

  void stmts(std::span<Stmt*> list) {
    for (Stmt* s : list) stmt(s);
  }

  void stmt(Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case NodeKind::LabeledStmt: stmt(static_cast<LabeledStmt*>(s)->stmt); break;
      case NodeKind::BlockStmt: stmts(static_cast<BlockStmt*>(s)->list); break;
      case NodeKind::ExprStmt: expr(static_cast<ExprStmt*>(s)->x); break;
      case NodeKind::SendStmt:
        expr(static_cast<SendStmt*>(s)->chan);
        expr(static_cast<SendStmt*>(s)->value);
        break;
      case NodeKind::DeclStmt:
        for (Decl* d : static_cast<DeclStmt*>(s)->decls) {
          if (VarDecl* v = d->as<VarDecl>()) {
            expr(v->values);
            for (Name* n : v->names) name(n);
          } else if (ConstDecl* c = d->as<ConstDecl>()) {
            (void)c;  // constants have no storage
          }
        }
        break;
      case NodeKind::AssignStmt: {
        auto* a = static_cast<AssignStmt*>(s);
        expr(a->rhs);
        expr(a->lhs);
        break;
      }
      case NodeKind::CallStmt: expr(static_cast<CallStmt*>(s)->call); break;
      case NodeKind::ReturnStmt: expr(static_cast<ReturnStmt*>(s)->results); break;
      case NodeKind::IfStmt: {
        auto* i = static_cast<IfStmt*>(s);
        stmt(i->init);
        expr(i->cond);
        stmt(i->then);
        stmt(i->els);
        break;
      }
      case NodeKind::ForStmt: {
        auto* f = static_cast<ForStmt*>(s);
        stmt(f->init);
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        break;
      }
      case NodeKind::RangeClause: {
        auto* r = static_cast<RangeClause*>(s);
        expr(r->x);
        expr(r->lhs);
        // Ranging over an addressable array by index and value copies it; no address escapes.
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* sw = static_cast<SwitchStmt*>(s);
        stmt(sw->init);
        expr(sw->tag);
        for (CaseClause* c : sw->body) {
          if (c->implicit) {
            if (Var* v = c->implicit->as<Var>()) define(v);
          }
          expr(c->cases);
          stmts(c->body);
        }
        break;
      }
      case NodeKind::SelectStmt:
        for (CommClause* c : static_cast<SelectStmt*>(s)->body) {
          stmt(c->comm);
          stmts(c->body);
        }
        break;
      default: break;
    }
  }

  bool hasPointers_(Type* t) { return info_.hasPointers(t); }

  EscapeInfo& info_;
  std::vector<Context> contexts_;
};

}  // namespace

Var* addressRoot(Expr* e) {
  for (;;) {
    e = unparen(e);
    if (Name* n = e->as<Name>()) return n->obj ? n->obj->as<Var>() : nullptr;
    if (SelectorExpr* s = e->as<SelectorExpr>()) {
      if (!s->selection || s->selection->kind != SelectionKind::FieldVal || s->selection->indirect) return nullptr;
      if (s->x->type && under(s->x->type)->is<Pointer>()) return nullptr;
      e = s->x;
      continue;
    }
    if (IndexExpr* ix = e->as<IndexExpr>()) {
      if (!ix->x->type || !under(ix->x->type)->is<Array>()) return nullptr;
      e = ix->x;
      continue;
    }
    return nullptr;
  }
}

void analyzeEscapes(EscapeInfo& info, FuncType* type, Field* recv, BlockStmt* body) {
  EscapeWalker(info).function(nullptr, type, recv, body);
}

void analyzeInitializerEscapes(EscapeInfo& info, Expr* init) { EscapeWalker(info).initializer(init); }

}  // namespace goji
