#include "compiler/ast.h"

namespace goji {

bool isSimpleStmt(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::EmptyStmt:
    case NodeKind::ExprStmt:
    case NodeKind::SendStmt:
    case NodeKind::AssignStmt:
    case NodeKind::RangeClause: return true;
    default: return false;
  }
}

bool isExpr(const Node* n) {
  switch (n->kind) {
#define GOJI_NODE(name)
#define GOJI_DECL(name)
#define GOJI_STMT(name)
#define GOJI_EXPR(name) case NodeKind::name:
#include "compiler/ast.def"
#undef GOJI_NODE
#undef GOJI_DECL
#undef GOJI_EXPR
#undef GOJI_STMT
      return true;
    default: return false;
  }
}

void forEachChild(Node* n, const std::function<void(Node*)>& f) {
  auto one = [&](Node* c) {
    if (c) f(c);
  };
  auto all = [&](auto list) {
    for (Node* c : list) one(c);
  };
  switch (n->kind) {
    case NodeKind::File: {
      auto* x = static_cast<File*>(n);
      one(x->pkgName);
      all(x->decls);
      break;
    }
    case NodeKind::ImportDecl: {
      auto* d = static_cast<ImportDecl*>(n);
      one(d->localName);
      one(d->path);
      break;
    }
    case NodeKind::ConstDecl: {
      auto* d = static_cast<ConstDecl*>(n);
      all(d->names);
      one(d->typ);
      one(d->values);
      break;
    }
    case NodeKind::TypeDecl: {
      auto* d = static_cast<TypeDecl*>(n);
      one(d->name);
      all(d->tparams);
      one(d->typ);
      break;
    }
    case NodeKind::VarDecl: {
      auto* d = static_cast<VarDecl*>(n);
      all(d->names);
      one(d->typ);
      one(d->values);
      break;
    }
    case NodeKind::FuncDecl: {
      auto* d = static_cast<FuncDecl*>(n);
      one(d->recv);
      one(d->name);
      all(d->tparams);
      one(d->typ);
      one(d->body);
      break;
    }
    case NodeKind::CompositeLit:
      one(static_cast<CompositeLit*>(n)->typ);
      all(static_cast<CompositeLit*>(n)->elems);
      break;
    case NodeKind::KeyValueExpr:
      one(static_cast<KeyValueExpr*>(n)->key);
      one(static_cast<KeyValueExpr*>(n)->val);
      break;
    case NodeKind::FuncLit:
      one(static_cast<FuncLit*>(n)->typ);
      one(static_cast<FuncLit*>(n)->body);
      break;
    case NodeKind::ParenExpr: one(static_cast<ParenExpr*>(n)->x); break;
    case NodeKind::SelectorExpr:
      one(static_cast<SelectorExpr*>(n)->x);
      one(static_cast<SelectorExpr*>(n)->sel);
      break;
    case NodeKind::IndexExpr:
      one(static_cast<IndexExpr*>(n)->x);
      one(static_cast<IndexExpr*>(n)->index);
      break;
    case NodeKind::SliceExpr: {
      auto* s = static_cast<SliceExpr*>(n);
      one(s->x);
      for (Expr* i : s->index) one(i);
      break;
    }
    case NodeKind::AssertExpr:
      one(static_cast<AssertExpr*>(n)->x);
      one(static_cast<AssertExpr*>(n)->typ);
      break;
    case NodeKind::TypeSwitchGuard:
      one(static_cast<TypeSwitchGuard*>(n)->lhs);
      one(static_cast<TypeSwitchGuard*>(n)->x);
      break;
    case NodeKind::Operation:
      one(static_cast<Operation*>(n)->x);
      one(static_cast<Operation*>(n)->y);
      break;
    case NodeKind::CallExpr:
      one(static_cast<CallExpr*>(n)->fun);
      all(static_cast<CallExpr*>(n)->args);
      break;
    case NodeKind::ListExpr: all(static_cast<ListExpr*>(n)->elems); break;
    case NodeKind::ArrayType:
      one(static_cast<ArrayType*>(n)->len);
      one(static_cast<ArrayType*>(n)->elem);
      break;
    case NodeKind::SliceType: one(static_cast<SliceType*>(n)->elem); break;
    case NodeKind::DotsType: one(static_cast<DotsType*>(n)->elem); break;
    case NodeKind::Field:
      one(static_cast<Field*>(n)->name);
      one(static_cast<Field*>(n)->typ);
      break;
    case NodeKind::StructType: all(static_cast<StructType*>(n)->fields); break;
    case NodeKind::InterfaceType: all(static_cast<InterfaceType*>(n)->methods); break;
    case NodeKind::FuncType:
      all(static_cast<FuncType*>(n)->params);
      all(static_cast<FuncType*>(n)->results);
      break;
    case NodeKind::MapType:
      one(static_cast<MapType*>(n)->key);
      one(static_cast<MapType*>(n)->val);
      break;
    case NodeKind::ChanType: one(static_cast<ChanType*>(n)->elem); break;
    case NodeKind::LabeledStmt:
      one(static_cast<LabeledStmt*>(n)->label);
      one(static_cast<LabeledStmt*>(n)->stmt);
      break;
    case NodeKind::BlockStmt: all(static_cast<BlockStmt*>(n)->list); break;
    case NodeKind::ExprStmt: one(static_cast<ExprStmt*>(n)->x); break;
    case NodeKind::SendStmt:
      one(static_cast<SendStmt*>(n)->chan);
      one(static_cast<SendStmt*>(n)->value);
      break;
    case NodeKind::DeclStmt: all(static_cast<DeclStmt*>(n)->decls); break;
    case NodeKind::AssignStmt:
      one(static_cast<AssignStmt*>(n)->lhs);
      one(static_cast<AssignStmt*>(n)->rhs);
      break;
    case NodeKind::BranchStmt: one(static_cast<BranchStmt*>(n)->label); break;
    case NodeKind::CallStmt: one(static_cast<CallStmt*>(n)->call); break;
    case NodeKind::ReturnStmt: one(static_cast<ReturnStmt*>(n)->results); break;
    case NodeKind::IfStmt: {
      auto* s = static_cast<IfStmt*>(n);
      one(s->init);
      one(s->cond);
      one(s->then);
      one(s->els);
      break;
    }
    case NodeKind::ForStmt: {
      auto* s = static_cast<ForStmt*>(n);
      one(s->init);
      one(s->cond);
      one(s->post);
      one(s->body);
      break;
    }
    case NodeKind::SwitchStmt:
      one(static_cast<SwitchStmt*>(n)->init);
      one(static_cast<SwitchStmt*>(n)->tag);
      all(static_cast<SwitchStmt*>(n)->body);
      break;
    case NodeKind::SelectStmt: all(static_cast<SelectStmt*>(n)->body); break;
    case NodeKind::RangeClause:
      one(static_cast<RangeClause*>(n)->lhs);
      one(static_cast<RangeClause*>(n)->x);
      break;
    case NodeKind::CaseClause:
      one(static_cast<CaseClause*>(n)->cases);
      all(static_cast<CaseClause*>(n)->body);
      break;
    case NodeKind::CommClause:
      one(static_cast<CommClause*>(n)->comm);
      all(static_cast<CommClause*>(n)->body);
      break;
    default: break;
  }
}

Pos startPos(const Node* n) {
  for (;;) {
    switch (n->kind) {
      case NodeKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(n);
        if (!c->typ) return n->pos;
        n = c->typ;
        continue;
      }
      case NodeKind::SelectorExpr: n = static_cast<const SelectorExpr*>(n)->x; continue;
      case NodeKind::IndexExpr: n = static_cast<const IndexExpr*>(n)->x; continue;
      case NodeKind::SliceExpr: return n->pos;
      case NodeKind::AssertExpr: n = static_cast<const AssertExpr*>(n)->x; continue;
      case NodeKind::TypeSwitchGuard: {
        auto* t = static_cast<const TypeSwitchGuard*>(n);
        n = t->lhs ? static_cast<const Node*>(t->lhs) : t->x;
        continue;
      }
      case NodeKind::Operation: {
        auto* o = static_cast<const Operation*>(n);
        if (!o->y) return n->pos;
        n = o->x;
        continue;
      }
      case NodeKind::CallExpr: n = static_cast<const CallExpr*>(n)->fun; continue;
      case NodeKind::ListExpr: {
        auto* l = static_cast<const ListExpr*>(n);
        if (l->elems.empty()) return n->pos;
        n = l->elems[0];
        continue;
      }
      case NodeKind::SendStmt: n = static_cast<const SendStmt*>(n)->chan; continue;
      case NodeKind::AssignStmt: n = static_cast<const AssignStmt*>(n)->lhs; continue;
      case NodeKind::RangeClause: {
        auto* r = static_cast<const RangeClause*>(n);
        n = r->lhs ? r->lhs : r->x;
        continue;
      }
      case NodeKind::File: return Pos{n->pos.file, 1, 1};
      default: return n->pos;
    }
  }
}

namespace {

template <typename T>
const Node* last(std::span<T*> list) {
  return list.empty() ? nullptr : list.back();
}

Pos shifted(Pos p, size_t n) { return Pos{p.file, p.line, static_cast<uint32_t>(p.col + n)}; }

}  // namespace

Pos endPos(const Node* n) {
  for (;;) {
    const Node* m = nullptr;
    switch (n->kind) {
      case NodeKind::File: return static_cast<const File*>(n)->eof;
      case NodeKind::ImportDecl: m = static_cast<const ImportDecl*>(n)->path; break;
      case NodeKind::ConstDecl: {
        auto* d = static_cast<const ConstDecl*>(n);
        m = d->values ? d->values : d->typ ? d->typ : last(d->names);
        break;
      }
      case NodeKind::TypeDecl: m = static_cast<const TypeDecl*>(n)->typ; break;
      case NodeKind::VarDecl: {
        auto* d = static_cast<const VarDecl*>(n);
        m = d->values ? d->values : d->typ ? d->typ : last(d->names);
        break;
      }
      case NodeKind::FuncDecl: {
        auto* d = static_cast<const FuncDecl*>(n);
        m = d->body ? static_cast<const Node*>(d->body) : d->typ;
        break;
      }
      case NodeKind::Name: return shifted(n->pos, static_cast<const Name*>(n)->value.size());
      case NodeKind::BasicLit: return shifted(n->pos, static_cast<const BasicLit*>(n)->value.size());
      case NodeKind::CompositeLit: return static_cast<const CompositeLit*>(n)->rbrace;
      case NodeKind::KeyValueExpr: m = static_cast<const KeyValueExpr*>(n)->val; break;
      case NodeKind::FuncLit: m = static_cast<const FuncLit*>(n)->body; break;
      case NodeKind::ParenExpr: m = static_cast<const ParenExpr*>(n)->x; break;
      case NodeKind::SelectorExpr: m = static_cast<const SelectorExpr*>(n)->sel; break;
      case NodeKind::IndexExpr: m = static_cast<const IndexExpr*>(n)->index; break;
      // Go's EndPos ends a slice expression at its operand (a quirk kept for parity).
      case NodeKind::SliceExpr: m = static_cast<const SliceExpr*>(n)->x; break;
      case NodeKind::AssertExpr: m = static_cast<const AssertExpr*>(n)->typ; break;
      case NodeKind::TypeSwitchGuard: m = static_cast<const TypeSwitchGuard*>(n)->x; break;
      case NodeKind::Operation: {
        auto* o = static_cast<const Operation*>(n);
        m = o->y ? o->y : o->x;
        break;
      }
      case NodeKind::CallExpr: {
        auto* c = static_cast<const CallExpr*>(n);
        m = c->args.empty() ? c->fun : c->args.back();
        break;
      }
      case NodeKind::ListExpr: {
        auto* l = static_cast<const ListExpr*>(n);
        if (l->elems.empty()) return n->pos;
        m = l->elems.back();
        break;
      }
      case NodeKind::ArrayType: m = static_cast<const ArrayType*>(n)->elem; break;
      case NodeKind::SliceType: m = static_cast<const SliceType*>(n)->elem; break;
      case NodeKind::DotsType: m = static_cast<const DotsType*>(n)->elem; break;
      case NodeKind::StructType: m = last(static_cast<const StructType*>(n)->fields); break;
      case NodeKind::Field: {
        auto* f = static_cast<const Field*>(n);
        m = f->typ ? f->typ : f->name;
        break;
      }
      case NodeKind::InterfaceType: m = last(static_cast<const InterfaceType*>(n)->methods); break;
      case NodeKind::FuncType: {
        auto* f = static_cast<const FuncType*>(n);
        m = last(f->results);
        if (!m) m = last(f->params);
        break;
      }
      case NodeKind::MapType: m = static_cast<const MapType*>(n)->val; break;
      case NodeKind::ChanType: m = static_cast<const ChanType*>(n)->elem; break;
      case NodeKind::LabeledStmt: m = static_cast<const LabeledStmt*>(n)->stmt; break;
      case NodeKind::BlockStmt: return static_cast<const BlockStmt*>(n)->rbrace;
      case NodeKind::ExprStmt: m = static_cast<const ExprStmt*>(n)->x; break;
      case NodeKind::SendStmt: m = static_cast<const SendStmt*>(n)->value; break;
      case NodeKind::DeclStmt: m = last(static_cast<const DeclStmt*>(n)->decls); break;
      case NodeKind::AssignStmt: {
        auto* a = static_cast<const AssignStmt*>(n);
        if (!a->rhs) return shifted(endPos(a->lhs), 2);
        m = a->rhs;
        break;
      }
      case NodeKind::BranchStmt: m = static_cast<const BranchStmt*>(n)->label; break;
      case NodeKind::CallStmt: m = static_cast<const CallStmt*>(n)->call; break;
      case NodeKind::ReturnStmt: m = static_cast<const ReturnStmt*>(n)->results; break;
      case NodeKind::IfStmt: {
        auto* s = static_cast<const IfStmt*>(n);
        m = s->els ? static_cast<const Node*>(s->els) : s->then;
        break;
      }
      case NodeKind::ForStmt: m = static_cast<const ForStmt*>(n)->body; break;
      case NodeKind::SwitchStmt: return static_cast<const SwitchStmt*>(n)->rbrace;
      case NodeKind::SelectStmt: return static_cast<const SelectStmt*>(n)->rbrace;
      case NodeKind::RangeClause: m = static_cast<const RangeClause*>(n)->x; break;
      case NodeKind::CaseClause: {
        auto* c = static_cast<const CaseClause*>(n);
        if (c->body.empty()) return c->colon;
        m = c->body.back();
        break;
      }
      case NodeKind::CommClause: {
        auto* c = static_cast<const CommClause*>(n);
        if (c->body.empty()) return c->colon;
        m = c->body.back();
        break;
      }
      default: return n->pos;
    }
    if (!m) return n->pos;
    n = m;
  }
}

}  // namespace goji
