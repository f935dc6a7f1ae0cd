// Which addresses stay in their frame: a flow-insensitive analysis in the
// spirit of gc's escape analysis (escape.go), narrowed to what goji's
// collector allows on the stack.
//
// The collector finds stack roots only in SSA values (the statepoint stack
// maps), never in stack memory, so only pointer-free objects may live on
// the stack: a new(T) or &T{} of a pointer-free T, the array of a
// make([]T, n, c) of constant capacity or of a call's packed variadic
// arguments of a pointer-free T, and an address-taken local variable of a
// pointer-free type (x in &x, x[:], x.M() with a pointer receiver).
// Everything else stays where cg_escape.cpp put it.
//
// Invariant the analysis rests on: a pointer to a stack object is only ever
// held in SSA values and in the stack slots of local variables that are not
// addressed — never in memory that another frame, the heap or a global can
// reach. So a load through a pointer, slice or map never yields one, and
// the analysis follows values through local variables ("holders") only.
//
// Each function is a graph. Its nodes are the holders (local variables and
// parameters), the sources (stack candidates, and each parameter's
// incoming value), and two sinks: Heap (stored anywhere outside the frame,
// converted to an interface, captured, sent, deferred, passed to a callee
// that leaks it) and Result (returned). An assignment adds an edge from the
// nodes the value may carry to the holder. A candidate stays on the stack
// when no path leads from it to a sink, nor to a holder declared in an
// enclosing loop (the slot is reused by every iteration, so a pointer kept
// across iterations would alias).
//
// Calls to functions with bodies use the callee's leaks (EscapeSummaries):
// a parameter whose incoming value reaches Heap leaks to the heap; one that
// reaches only Result leaks into the call's results, which then carry the
// argument. Leaks are computed for the whole program before code generation
// as the least fixpoint: every parameter starts as leaking nowhere and
// callers are re-analyzed when a callee's leaks grow. Calls through
// function values, interfaces and native functions leak every argument.
#include <deque>

#include "compiler/cg_escape.h"

namespace goji {

namespace {

constexpr uint64_t kMaxStackObject = 64 << 10;  // Go's MaxImplicitStackVarSize

using Nodes = std::vector<int>;

class FlowGraph {
 public:
  static constexpr int kHeap = 0;
  static constexpr int kResult = 1;

  FlowGraph() : edges_(2), depth_(2, 0) {}

  int node(int depth) {
    edges_.emplace_back();
    depth_.push_back(depth);
    return static_cast<int>(edges_.size() - 1);
  }
  void flow(const Nodes& from, int to) {
    for (int f : from) {
      if (f != to) edges_[f].push_back(to);
    }
  }
  int depth(int n) const { return depth_[n]; }

  // Whether n reaches the heap (or a holder of a shallower loop depth than
  // its own), and whether it reaches the result.
  std::pair<bool, bool> reach(int n) const {
    std::vector<bool> seen(edges_.size());
    std::vector<int> work{n};
    seen[n] = true;
    bool result = false;
    while (!work.empty()) {
      int x = work.back();
      work.pop_back();
      if (x == kHeap || depth_[x] < depth_[n]) return {true, result};
      if (x == kResult) result = true;
      for (int y : edges_[x]) {
        if (!seen[y]) {
          seen[y] = true;
          work.push_back(y);
        }
      }
    }
    return {false, result};
  }

 private:
  std::vector<std::vector<int>> edges_;
  std::vector<int> depth_;
};

// Whether values of type t can carry an address (pointers, slices, and
// structs and arrays holding them). Strings cannot (string(b) copies), nor
// can maps, channels, functions and interfaces: making those sends the
// address to the heap.
bool carries(Type* t) {
  if (!t) return false;
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Slice: return true;
    case TypeKind::Array: return carries(u->as<Array>()->elem);
    case TypeKind::Struct:
      for (Var* f : u->as<Struct>()->fields) {
        if (carries(f->type)) return true;
      }
      return false;
    case TypeKind::Tuple:
      for (Var* v : u->as<Tuple>()->vars) {
        if (carries(v->type)) return true;
      }
      return false;
    default: return false;
  }
}

template <typename T>
bool isA(Type* t) {
  return t && under(t)->is<T>();
}

bool iface(Type* t) { return t && isInterface(t); }

bool isLocal(Var* v) { return v->parent && v->pkg && v->parent != v->pkg->scope && !v->isField; }

Func* funcOf(Expr* e) {
  e = unparen(e);
  if (Name* n = e->as<Name>()) return n->obj ? n->obj->as<Func>() : nullptr;
  if (SelectorExpr* s = e->as<SelectorExpr>(); s && !s->selection) return s->sel->obj ? s->sel->obj->as<Func>() : nullptr;
  return nullptr;
}

class FlowWalker {
 public:
  // Stack candidates are looked for only when info is given (code generation).
  FlowWalker(const EscapeSummaries& sums, const EscapeInfo& escapes, EscapeInfo* info)
      : sums_(sums), escapes_(escapes), info_(info) {}

  // Builds the graph of a function; returns the source nodes of its
  // receiver and parameters (-1 for unnamed ones).
  std::vector<int> function(Signature* sig, BlockStmt* body) {
    std::vector<int> params;
    auto param = [&](Var* v) {
      if (!v || v->name.empty() || v->name == "_") {
        params.push_back(-1);
        return;
      }
      int src = g_.node(0);
      params.push_back(src);
      define(v);
      g_.flow({src}, holders_[v]);
    };
    results_ = sig->results;
    if (sig->recv) param(sig->recv);
    if (sig->params) {
      for (Var* v : sig->params->vars) param(v);
    }
    if (sig->results) {
      for (Var* v : sig->results->vars) {
        if (v->name.empty() || v->name == "_") continue;
        define(v);
        g_.flow({holders_[v]}, FlowGraph::kResult);
      }
    }
    stmt(body);
    return params;
  }

  const FlowGraph& graph() const { return g_; }
  const std::map<Var*, int>& sourceVars() const { return sourceVars_; }
  const std::map<Expr*, int>& sites() const { return sites_; }
  const std::set<Func*>& callees() const { return callees_; }

 private:
  void define(Var* v) {
    if (holders_.count(v)) return;
    int h = g_.node(depth_);
    holders_[v] = h;
    if (escapes_.heap.count(v)) g_.flow({h}, FlowGraph::kHeap);
    if (info_ && escapes_.addressed.count(v) && !escapes_.captured.count(v) && !escapes_.hasPointers(v->type) &&
        escapes_.sizeOf(v->type) <= kMaxStackObject && !isResult(v)) {
      sourceVars_[v] = g_.node(depth_);
    }
  }

  bool isResult(Var* v) {
    if (!results_) return false;
    return std::find(results_->vars.begin(), results_->vars.end(), v) != results_->vars.end();
  }

  void escape(const Nodes& n) { g_.flow(n, FlowGraph::kHeap); }

  static void add(Nodes& to, const Nodes& from) { to.insert(to.end(), from.begin(), from.end()); }

  // Stores the nodes of a value of type from into a place of type to.
  void sink(const Nodes& n, Type* from, Type* to, int target) {
    if (n.empty()) return;
    if (to && iface(to) && from && !iface(from)) {
      escape(n);
      return;
    }
    g_.flow(n, target);
  }

  // A new object of type t at site e: a source when it may live on the stack.
  Nodes site(Expr* e, Type* t) { return arraySite(e, t, 1); }

  // A stack candidate of count elements of type t: the array of make([]T,
  // n, c) with constant c, or of a call's packed variadic arguments.
  Nodes arraySite(Expr* e, Type* t, uint64_t count) {
    if (!info_ || escapes_.hasPointers(t) || count > kMaxStackObject ||
        escapes_.sizeOf(t) * count > kMaxStackObject) {
      return {};
    }
    int n = g_.node(depth_);
    sites_[e] = n;
    return {n};
  }

  // The nodes a value may carry.
  Nodes expr(Expr* e) {
    if (!e) return {};
    e = unparen(e);
    switch (e->kind) {
      case NodeKind::Name: {
        auto* n = static_cast<Name*>(e);
        Var* v = n->obj ? n->obj->as<Var>() : nullptr;
        if (!v || !isLocal(v)) return {};
        auto it = holders_.find(v);
        return it == holders_.end() ? Nodes{} : Nodes{it->second};
      }
      case NodeKind::CompositeLit: return compositeLit(static_cast<CompositeLit*>(e), false);
      case NodeKind::FuncLit: return {};  // its captures live in heap cells
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<SelectorExpr*>(e);
        if (!s->selection) return {};
        if (s->selection->kind == SelectionKind::MethodVal) {
          escape(receiver(s));  // a method value binds its receiver in a closure
          return {};
        }
        if (s->selection->kind != SelectionKind::FieldVal) return {};
        Nodes x = expr(s->x);
        if (s->selection->indirect || isA<Pointer>(s->x->type)) return {};  // a load
        return carries(e->type) ? x : Nodes{};
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<IndexExpr*>(e);
        Nodes x = expr(ix->x);
        index(ix->x->type, ix->index);
        if (!isA<Array>(ix->x->type)) return {};  // a load
        return carries(e->type) ? x : Nodes{};
      }
      case NodeKind::SliceExpr: {
        auto* s = static_cast<SliceExpr*>(e);
        for (Expr* i : s->index) expr(i);
        if (isA<Array>(s->x->type)) return address(s->x);
        Nodes x = expr(s->x);
        return isA<Basic>(s->x->type) ? Nodes{} : x;
      }
      case NodeKind::AssertExpr: expr(static_cast<AssertExpr*>(e)->x); return {};
      case NodeKind::TypeSwitchGuard: expr(static_cast<TypeSwitchGuard*>(e)->x); return {};
      case NodeKind::Operation: {
        auto* o = static_cast<Operation*>(e);
        if (!o->y && o->op == Op::And) return address(o->x);
        expr(o->x);
        expr(o->y);
        return {};
      }
      case NodeKind::CallExpr: return call(static_cast<CallExpr*>(e));
      case NodeKind::ListExpr: {
        Nodes all;
        for (Expr* x : static_cast<ListExpr*>(e)->elems) add(all, expr(x));
        return all;
      }
      default: return {};
    }
  }

  // A map index's key is hashed and, in an assignment, stored.
  void index(Type* xt, Expr* i) {
    Nodes k = expr(i);
    if (isA<Map>(xt)) escape(k);
  }

  Nodes compositeLit(CompositeLit* lit, bool addressed) {
    if (!lit->type) return {};
    Type* u = under(lit->type);
    bool value = u->is<Struct>() || u->is<Array>();
    Nodes self = addressed ? site(lit, lit->type) : Nodes{};
    Nodes carried;
    Struct* st = u->as<Struct>();
    for (size_t i = 0; i < lit->elems.size(); i++) {
      Expr* el = lit->elems[i];
      Type* to = nullptr;
      if (auto* kv = el->as<KeyValueExpr>()) {
        if (!st) expr(kv->key);
        if (Name* key = st ? kv->key->as<Name>() : nullptr) {
          for (Var* fld : st->fields) {
            if (fld->name == key->value) to = fld->type;
          }
        }
        el = kv->val;
      } else if (st && i < st->fields.size()) {
        to = st->fields[i]->type;
      }
      if (!to) {
        if (Array* a = u->as<Array>()) to = a->elem;
        if (Slice* s = u->as<Slice>()) to = s->elem;
        if (Map* m = u->as<Map>()) to = m->elem;
      }
      Nodes n = expr(el);
      if (n.empty()) continue;
      if (!value || addressed || (to && iface(to) && !iface(el->type))) {
        escape(n);  // stored in a new heap object (a stack object holds no pointers)
      } else {
        add(carried, n);
      }
    }
    return addressed ? self : carried;
  }

  // The nodes &x may carry.
  Nodes address(Expr* x) {
    x = unparen(x);
    switch (x->kind) {
      case NodeKind::CompositeLit: return compositeLit(static_cast<CompositeLit*>(x), true);
      case NodeKind::Name: {
        Var* v = static_cast<Name*>(x)->obj ? static_cast<Name*>(x)->obj->as<Var>() : nullptr;
        auto it = v ? sourceVars_.find(v) : sourceVars_.end();
        return it == sourceVars_.end() ? Nodes{} : Nodes{it->second};
      }
      case NodeKind::SelectorExpr: {
        auto* s = static_cast<SelectorExpr*>(x);
        if (!s->selection) return {};
        if (s->selection->indirect || isA<Pointer>(s->x->type)) return expr(s->x);
        return address(s->x);
      }
      case NodeKind::IndexExpr: {
        auto* ix = static_cast<IndexExpr*>(x);
        index(ix->x->type, ix->index);
        if (isA<Array>(ix->x->type)) return address(ix->x);
        return expr(ix->x);
      }
      case NodeKind::Operation: return expr(static_cast<Operation*>(x)->x);  // &*p
      default: return expr(x);
    }
  }

  // The nodes a method call's receiver carries.
  Nodes receiver(SelectorExpr* s) {
    Func* m = s->selection->obj->as<Func>();
    bool ptr = isA<Pointer>(s->x->type);
    if (m && m->hasPtrRecv && !ptr) {
      Nodes n = address(s->x);
      add(n, expr(s->x));  // a pointer reached through an embedded field
      return n;
    }
    return expr(s->x);
  }

  Nodes call(CallExpr* c) {
    Expr* f = unparen(c->fun);
    if (f->mode == OperandMode::TypeExpr) {
      Nodes n = c->args.empty() ? Nodes{} : expr(c->args[0]);
      if (n.empty()) return {};
      if (iface(c->type) && !iface(c->args[0]->type)) {
        escape(n);
        return {};
      }
      return carries(c->type) ? n : Nodes{};
    }
    if (f->mode == OperandMode::Builtin) return builtin(c, static_cast<Builtin*>(f->as<Name>()->obj)->id);

    Func* callee = nullptr;
    Nodes recv;
    bool hasRecv = false;
    std::span<Expr*> args = c->args;
    if (SelectorExpr* s = f->as<SelectorExpr>(); s && s->selection) {
      if (s->selection->kind == SelectionKind::MethodVal) {
        recv = receiver(s);
        hasRecv = true;
        if (!iface(s->x->type)) callee = s->selection->obj->as<Func>();
      } else if (s->selection->kind == SelectionKind::MethodExpr) {
        if (!iface(s->selection->recv)) callee = s->selection->obj->as<Func>();
      } else {
        expr(f);
      }
    } else if (Func* fn = funcOf(f)) {
      callee = fn;
    } else {
      expr(f);
    }

    std::vector<Nodes> actuals;
    std::vector<Type*> types;
    if (hasRecv) {
      actuals.push_back(recv);
      types.push_back(nullptr);
    }
    if (args.size() == 1 && args[0]->type && args[0]->type->is<Tuple>()) {
      Nodes n = expr(args[0]);
      for (Var* v : args[0]->type->as<Tuple>()->vars) {
        actuals.push_back(n);
        types.push_back(v->type);
      }
    } else {
      for (Expr* a : args) {
        actuals.push_back(expr(a));
        types.push_back(a->type);
      }
    }

    const std::vector<Leak>* leaks = nullptr;
    if (callee) {
      callees_.insert(callee);
      auto it = sums_.leaks.find(callee);
      if (it != sums_.leaks.end()) leaks = &it->second;
    }
    Signature* sig = callee ? callee->sig() : f->type ? under(f->type)->as<Signature>() : nullptr;
    std::vector<Type*> formals;
    if (sig) {
      if (hasRecv || (f->as<SelectorExpr>() && f->as<SelectorExpr>()->selection &&
                      f->as<SelectorExpr>()->selection->kind == SelectionKind::MethodExpr)) {
        formals.push_back(sig->recv ? sig->recv->type : nullptr);
      }
      if (sig->params) {
        for (Var* v : sig->params->vars) formals.push_back(v->type);
      }
    }
    size_t nformals = formals.size();
    bool packed = sig && sig->variadic && !c->hasDots;  // the extra arguments go into a new slice
    Nodes result;
    if (packed && nformals > 0 && actuals.size() >= nformals) {
      Leak l = leaks && nformals - 1 < leaks->size() ? (*leaks)[nformals - 1] : Leak::Heap;
      Type* elem = under(formals[nformals - 1])->as<Slice>()->elem;
      if (l != Leak::Heap) {
        Nodes array = arraySite(c, elem, actuals.size() - (nformals - 1));
        if (l == Leak::Result) add(result, array);
      }
    }
    for (size_t i = 0; i < actuals.size(); i++) {
      const Nodes& n = actuals[i];
      if (n.empty()) continue;
      size_t fi = std::min(i, nformals ? nformals - 1 : 0);
      Type* formal = nformals ? formals[fi] : nullptr;
      if (packed && fi == nformals - 1) {
        escape(n);
        continue;
      }
      if (formal && iface(formal) && types[i] && !iface(types[i])) {
        escape(n);
        continue;
      }
      Leak l = leaks && fi < leaks->size() ? (*leaks)[fi] : Leak::Heap;
      if (l == Leak::Heap) {
        escape(n);
      } else if (l == Leak::Result) {
        add(result, n);
      }
    }
    return carries(c->type) ? result : Nodes{};
  }

  Nodes builtin(CallExpr* c, BuiltinId id) {
    switch (id) {
      case BuiltinId::Append: {
        Nodes s = c->args.empty() ? Nodes{} : expr(c->args[0]);
        for (size_t i = 1; i < c->args.size(); i++) {
          Nodes n = expr(c->args[i]);
          if (!c->hasDots) escape(n);  // stored as an element (the spread's elements are copied)
        }
        return s;
      }
      case BuiltinId::New: return site(c, c->args[0]->type);
      case BuiltinId::Make: {
        for (size_t i = 1; i < c->args.size(); i++) expr(c->args[i]);
        Slice* sl = under(c->args[0]->type)->as<Slice>();
        Expr* capacity = c->args.size() > 2 ? c->args[2] : c->args.size() > 1 ? c->args[1] : nullptr;
        if (!sl || !capacity || capacity->mode != OperandMode::Constant || !capacity->value) return {};
        return arraySite(c, sl->elem, static_cast<uint64_t>(capacity->value->int64Val()));
      }
      case BuiltinId::Panic:
      case BuiltinId::Delete:
        for (Expr* a : c->args) escape(expr(a));
        return {};
      default:
        for (Expr* a : c->args) expr(a);
        return {};
    }
  }

  // Stores the nodes n (of a value of type from) into the place lhs.
  void assign(Expr* lhs, const Nodes& n, Type* from) {
    lhs = unparen(lhs);
    if (Name* name = lhs->as<Name>()) {
      Var* v = name->obj ? name->obj->as<Var>() : nullptr;
      if (!v) return;  // _
      if (!isLocal(v)) {
        escape(n);
        return;
      }
      auto it = holders_.find(v);
      if (it == holders_.end()) {
        escape(n);
        return;
      }
      sink(n, from, v->type, it->second);
      return;
    }
    if (Var* v = addressRoot(lhs); v && isLocal(v) && holders_.count(v)) {
      address(lhs);  // the index expressions
      sink(n, from, lhs->type, holders_[v]);
      return;
    }
    if (IndexExpr* ix = lhs->as<IndexExpr>(); ix && isA<Map>(ix->x->type)) {
      expr(ix->x);
      index(ix->x->type, ix->index);
      escape(n);
      return;
    }
    address(lhs);
    escape(n);
  }

  void defineNames(Expr* lhs) {
    auto one = [&](Expr* e) {
      if (Name* n = unparen(e)->as<Name>(); n && n->obj && n->pos == n->obj->pos) {
        if (Var* v = n->obj->as<Var>()) define(v);
      }
    };
    if (ListExpr* l = lhs->as<ListExpr>()) {
      for (Expr* e : l->elems) one(e);
    } else {
      one(lhs);
    }
  }

  static std::span<Expr*> list(Expr*& e) {
    if (ListExpr* l = e->as<ListExpr>()) return l->elems;
    return std::span<Expr*>(&e, 1);
  }

  void assignment(Expr* lhsE, Expr* rhsE) {
    std::span<Expr*> lhs = list(lhsE);
    std::span<Expr*> rhs = list(rhsE);
    if (lhs.size() == rhs.size()) {
      std::vector<Nodes> vals;
      for (Expr* r : rhs) vals.push_back(expr(r));
      for (size_t i = 0; i < lhs.size(); i++) assign(lhs[i], vals[i], rhs[i]->type);
      return;
    }
    Nodes n = expr(rhs[0]);  // f() with several results, or a comma-ok form
    Tuple* t = rhs[0]->type ? rhs[0]->type->as<Tuple>() : nullptr;
    for (size_t i = 0; i < lhs.size(); i++) {
      Type* from = t && i < t->vars.size() ? t->vars[i]->type : nullptr;
      assign(lhs[i], t ? n : Nodes{}, from);
    }
  }

  void stmts(std::span<Stmt*> l) {
    for (Stmt* s : l) stmt(s);
  }

  void stmt(Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case NodeKind::LabeledStmt: stmt(static_cast<LabeledStmt*>(s)->stmt); break;
      case NodeKind::BlockStmt: stmts(static_cast<BlockStmt*>(s)->list); break;
      case NodeKind::ExprStmt: expr(static_cast<ExprStmt*>(s)->x); break;
      case NodeKind::SendStmt:
        expr(static_cast<SendStmt*>(s)->chan);
        escape(expr(static_cast<SendStmt*>(s)->value));
        break;
      case NodeKind::DeclStmt:
        for (Decl* d : static_cast<DeclStmt*>(s)->decls) {
          VarDecl* v = d->as<VarDecl>();
          if (!v) continue;
          if (!v->values) {
            for (Name* n : v->names) {
              if (n->obj && n->obj->as<Var>()) define(n->obj->as<Var>());
            }
            continue;
          }
          std::vector<Expr*> names(v->names.begin(), v->names.end());
          std::span<Expr*> rhs = list(v->values);
          std::vector<Nodes> vals;
          if (rhs.size() == names.size()) {
            for (Expr* r : rhs) vals.push_back(expr(r));
          } else {
            Nodes n = expr(rhs[0]);
            vals.assign(names.size(), n);
          }
          for (size_t i = 0; i < names.size(); i++) {
            Var* var = static_cast<Name*>(names[i])->obj ? static_cast<Name*>(names[i])->obj->as<Var>() : nullptr;
            if (!var) continue;
            define(var);
            Type* from = rhs.size() == names.size() ? rhs[i]->type : nullptr;
            if (!from && rhs[0]->type && rhs[0]->type->is<Tuple>() && i < rhs[0]->type->as<Tuple>()->vars.size()) {
              from = rhs[0]->type->as<Tuple>()->vars[i]->type;
            }
            sink(vals[i], from, var->type, holders_[var]);
          }
        }
        break;
      case NodeKind::AssignStmt: {
        auto* a = static_cast<AssignStmt*>(s);
        if (a->op == Op::Def) defineNames(a->lhs);
        if (!a->rhs) {
          address(a->lhs);
        } else if (a->op == Op::Def || a->op == Op::None) {
          assignment(a->lhs, a->rhs);
        } else {
          expr(a->rhs);
          address(a->lhs);
        }
        break;
      }
      case NodeKind::CallStmt: {
        auto* cs = static_cast<CallStmt*>(s);
        // A go or defer statement keeps its function value and arguments
        // beyond this statement, in a record the collector scans.
        Expr* f = unparen(cs->call->fun);
        if (SelectorExpr* sel = f->as<SelectorExpr>(); sel && sel->selection && sel->selection->kind == SelectionKind::MethodVal) {
          escape(receiver(sel));
        } else if (f->mode != OperandMode::Builtin && f->mode != OperandMode::TypeExpr) {
          expr(f);
        }
        for (Expr* a : cs->call->args) escape(expr(a));
        break;
      }
      case NodeKind::ReturnStmt: {
        auto* r = static_cast<ReturnStmt*>(s);
        if (!r->results) break;
        std::span<Expr*> res = list(r->results);
        if (results_ && res.size() == results_->vars.size()) {
          for (size_t i = 0; i < res.size(); i++) sink(expr(res[i]), res[i]->type, results_->vars[i]->type, FlowGraph::kResult);
        } else {
          Nodes n = expr(res[0]);
          Tuple* t = res[0]->type ? res[0]->type->as<Tuple>() : nullptr;
          for (size_t i = 0; t && results_ && i < t->vars.size() && i < results_->vars.size(); i++) {
            sink(n, t->vars[i]->type, results_->vars[i]->type, FlowGraph::kResult);
          }
        }
        break;
      }
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
        if (RangeClause* r = f->init ? f->init->as<RangeClause>() : nullptr) {
          // Ranging over an array value copies its elements; over anything
          // else they are loaded.
          Nodes x = expr(r->x);
          bool array = isA<Array>(r->x->type);
          if (r->lhs) {
            if (r->def) defineNames(r->lhs);
            std::span<Expr*> l = list(r->lhs);
            for (size_t i = 0; i < l.size(); i++) {
              Type* elem = array ? under(r->x->type)->as<Array>()->elem : nullptr;
              assign(l[i], i == 1 && array ? x : Nodes{}, elem);
            }
          }
        } else {
          stmt(f->init);
        }
        depth_++;
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        depth_--;
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
          if (c->cases) {
            for (Expr* e : list(c->cases)) {
              Nodes n = expr(e);
              if (e->mode != OperandMode::TypeExpr && sw->tag && iface(sw->tag->type) && !iface(e->type)) escape(n);
            }
          }
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

  const EscapeSummaries& sums_;
  const EscapeInfo& escapes_;
  EscapeInfo* info_;
  FlowGraph g_;
  int depth_ = 0;
  Tuple* results_ = nullptr;
  std::map<Var*, int> holders_;
  std::map<Var*, int> sourceVars_;
  std::map<Expr*, int> sites_;
  std::set<Func*> callees_;
};

struct FuncBody {
  Func* fn;
  FuncDecl* decl;
};

std::vector<Leak> leaksOf(const FlowGraph& g, const std::vector<int>& params) {
  std::vector<Leak> out;
  for (int p : params) {
    if (p < 0) {
      out.push_back(Leak::None);
      continue;
    }
    auto [heap, result] = g.reach(p);
    out.push_back(heap ? Leak::Heap : result ? Leak::Result : Leak::None);
  }
  return out;
}

}  // namespace

void summarizeEscapes(Program& prog, EscapeSummaries& out, const std::function<bool(Type*)>& hasPointers) {
  std::vector<FuncBody> bodies;
  for (auto& [path, files] : prog.packageFiles) {
    for (File* f : files) {
      for (Decl* d : f->decls) {
        FuncDecl* fd = d->as<FuncDecl>();
        if (!fd || !fd->body || !fd->obj || !fd->obj->type) continue;
        if (Func* fn = fd->obj->as<Func>()) bodies.push_back(FuncBody{fn, fd});
      }
    }
  }
  std::unordered_map<Func*, size_t> indexOf;
  for (size_t i = 0; i < bodies.size(); i++) {
    indexOf[bodies[i].fn] = i;
    Signature* sig = bodies[i].fn->sig();
    size_t n = (sig->recv ? 1 : 0) + (sig->params ? sig->params->vars.size() : 0);
    out.leaks[bodies[i].fn].assign(n, Leak::None);
  }
  std::vector<std::vector<size_t>> callers(bodies.size());
  std::vector<bool> queued(bodies.size(), true);
  std::deque<size_t> work;
  for (size_t i = 0; i < bodies.size(); i++) work.push_back(i);
  bool first = true;
  size_t firstPass = bodies.size();
  while (!work.empty()) {
    size_t i = work.front();
    work.pop_front();
    queued[i] = false;
    FuncDecl* fd = bodies[i].decl;
    EscapeInfo escapes;
    escapes.hasPointers = hasPointers;
    analyzeEscapes(escapes, fd->typ, fd->recv, fd->body);
    FlowWalker w(out, escapes, nullptr);
    std::vector<int> params = w.function(bodies[i].fn->sig(), fd->body);
    if (first) {
      for (Func* c : w.callees()) {
        if (auto it = indexOf.find(c); it != indexOf.end()) callers[it->second].push_back(i);
      }
      if (--firstPass == 0) first = false;
    }
    std::vector<Leak> leaks = leaksOf(w.graph(), params);
    std::vector<Leak>& old = out.leaks[bodies[i].fn];
    bool grew = false;
    for (size_t k = 0; k < leaks.size() && k < old.size(); k++) {
      if (leaks[k] > old[k]) {
        old[k] = leaks[k];
        grew = true;
      }
    }
    if (!grew) continue;
    for (size_t c : callers[i]) {
      if (!queued[c]) {
        queued[c] = true;
        work.push_back(c);
      }
    }
  }
}

void findStackObjects(const EscapeSummaries& sums, EscapeInfo& info, Signature* sig, FuncType*, Field*,
                      BlockStmt* body) {
  if (!sig || !body) return;
  FlowWalker w(sums, info, &info);
  w.function(sig, body);
  const FlowGraph& g = w.graph();
  for (auto& [v, n] : w.sourceVars()) {
    auto [heap, result] = g.reach(n);
    if (heap || result) continue;
    info.heap.erase(v);
    info.stackVars.insert(v);
  }
  for (auto& [e, n] : w.sites()) {
    auto [heap, result] = g.reach(n);
    if (!heap && !result) info.stackAllocs.insert(e);
  }
}

}  // namespace goji
