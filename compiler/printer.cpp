// exprString: Go's syntax.String (ShortForm printer) for the nodes that
// appear in diagnostics.
#include <string>

#include "compiler/parser.h"

namespace goji {

namespace {

class Printer {
 public:
  std::string out;

  void node(const Node* n);

 private:
  void exprList(std::span<Expr*> list) {
    for (size_t i = 0; i < list.size(); i++) {
      if (i > 0) out += ", ";
      node(list[i]);
    }
  }
  void fieldList(std::span<Field*> fields, std::span<BasicLit*> tags);
  void fields(std::span<Field*> fs, std::span<BasicLit*> tags, size_t i, size_t j);
  void paramList(std::span<Field*> list, bool brackets);
  void signature(const FuncType* t);
};

void Printer::fields(std::span<Field*> fs, std::span<BasicLit*> tags, size_t i, size_t j) {
  if (i + 1 == j && !fs[i]->name) {
    node(fs[i]->typ);
  } else {
    for (size_t k = i; k < j; k++) {
      if (k > i) out += ", ";
      node(fs[k]->name);
    }
    out += " ";
    node(fs[i]->typ);
  }
  if (i < tags.size() && tags[i]) {
    out += " ";
    node(tags[i]);
  }
}

void Printer::fieldList(std::span<Field*> fs, std::span<BasicLit*> tags) {
  size_t i0 = 0;
  const Expr* typ = nullptr;
  for (size_t i = 0; i < fs.size(); i++) {
    if (!fs[i]->name || fs[i]->typ != typ) {
      if (i0 < i) {
        fields(fs, tags, i0, i);
        out += "; ";
        i0 = i;
      }
      typ = fs[i]->typ;
    }
  }
  fields(fs, tags, i0, fs.size());
}

void Printer::paramList(std::span<Field*> list, bool brackets) {
  out += brackets ? "[" : "(";
  for (size_t i = 0; i < list.size(); i++) {
    const Field* f = list[i];
    if (i > 0) out += ", ";
    if (f->name) {
      node(f->name);
      if (i + 1 < list.size() && list[i + 1]->name && list[i + 1]->typ == f->typ) continue;
      out += " ";
    }
    node(unparen(f->typ));
  }
  out += brackets ? "]" : ")";
}

void Printer::signature(const FuncType* t) {
  paramList(t->params, false);
  if (!t->results.empty()) {
    out += " ";
    if (t->results.size() == 1 && !t->results[0]->name) {
      node(t->results[0]->typ);
    } else {
      paramList(t->results, false);
    }
  }
}

void Printer::node(const Node* n) {
  if (!n) return;
  switch (n->kind) {
    case NodeKind::BadExpr: out += "<bad expr>"; break;
    case NodeKind::Name: out += static_cast<const Name*>(n)->value; break;
    case NodeKind::BasicLit: out += static_cast<const BasicLit*>(n)->value; break;
    case NodeKind::FuncLit: {
      auto* f = static_cast<const FuncLit*>(n);
      node(f->typ);
      out += " {";
      if (!f->body->list.empty()) out += "…";
      out += "}";
      break;
    }
    case NodeKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(n);
      node(c->typ);
      out += "{";
      if (!c->elems.empty()) out += "…";
      out += "}";
      break;
    }
    case NodeKind::ParenExpr:
      out += "(";
      node(static_cast<const ParenExpr*>(n)->x);
      out += ")";
      break;
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<const SelectorExpr*>(n);
      node(s->x);
      out += ".";
      node(s->sel);
      break;
    }
    case NodeKind::IndexExpr: {
      auto* x = static_cast<const IndexExpr*>(n);
      node(x->x);
      out += "[";
      node(x->index);
      out += "]";
      break;
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<const SliceExpr*>(n);
      node(s->x);
      out += "[";
      node(s->index[0]);
      out += ":";
      node(s->index[1]);
      if (s->index[2]) {
        out += ":";
        node(s->index[2]);
      }
      out += "]";
      break;
    }
    case NodeKind::AssertExpr: {
      auto* a = static_cast<const AssertExpr*>(n);
      node(a->x);
      out += ".(";
      node(a->typ);
      out += ")";
      break;
    }
    case NodeKind::TypeSwitchGuard: {
      auto* t = static_cast<const TypeSwitchGuard*>(n);
      if (t->lhs) {
        node(t->lhs);
        out += " := ";
      }
      node(t->x);
      out += ".(type)";
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(n);
      node(c->fun);
      out += "(";
      exprList(c->args);
      if (c->hasDots) out += "...";
      out += ")";
      break;
    }
    case NodeKind::Operation: {
      auto* o = static_cast<const Operation*>(n);
      if (!o->y) {
        out += opSpelling(o->op);
        node(o->x);
      } else {
        node(o->x);
        out += " ";
        out += opSpelling(o->op);
        out += " ";
        node(o->y);
      }
      break;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(n);
      node(kv->key);
      out += ": ";
      node(kv->val);
      break;
    }
    case NodeKind::ListExpr: exprList(static_cast<const ListExpr*>(n)->elems); break;
    case NodeKind::ArrayType: {
      auto* a = static_cast<const ArrayType*>(n);
      out += "[";
      if (a->len) {
        node(a->len);
      } else {
        out += "...";
      }
      out += "]";
      node(a->elem);
      break;
    }
    case NodeKind::SliceType:
      out += "[]";
      node(static_cast<const SliceType*>(n)->elem);
      break;
    case NodeKind::DotsType:
      out += "...";
      node(static_cast<const DotsType*>(n)->elem);
      break;
    case NodeKind::StructType: {
      auto* s = static_cast<const StructType*>(n);
      out += "struct{";
      if (!s->fields.empty()) fieldList(s->fields, s->tags);
      out += "}";
      break;
    }
    case NodeKind::FuncType:
      out += "func";
      signature(static_cast<const FuncType*>(n));
      break;
    case NodeKind::InterfaceType: {
      auto* it = static_cast<const InterfaceType*>(n);
      out += "interface{";
      for (size_t i = 0; i < it->methods.size(); i++) {
        if (i > 0) out += "; ";
        const Field* m = it->methods[i];
        if (m->name) {
          node(m->name);
          signature(static_cast<const FuncType*>(m->typ));
        } else {
          node(m->typ);
        }
      }
      out += "}";
      break;
    }
    case NodeKind::MapType: {
      auto* m = static_cast<const MapType*>(n);
      out += "map[";
      node(m->key);
      out += "]";
      node(m->val);
      break;
    }
    case NodeKind::ChanType: {
      auto* c = static_cast<const ChanType*>(n);
      if (c->dir == ChanDir::RecvOnly) out += "<-";
      out += "chan";
      if (c->dir == ChanDir::SendOnly) out += "<-";
      out += " ";
      const ChanType* e = c->elem->as<ChanType>();
      if (c->dir == ChanDir::Both && e && e->dir == ChanDir::RecvOnly) {
        out += "(";
        node(c->elem);
        out += ")";
      } else {
        node(c->elem);
      }
      break;
    }
    case NodeKind::ExprStmt: node(static_cast<const ExprStmt*>(n)->x); break;
    case NodeKind::SendStmt: {
      auto* s = static_cast<const SendStmt*>(n);
      node(s->chan);
      out += " <- ";
      node(s->value);
      break;
    }
    case NodeKind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(n);
      node(a->lhs);
      if (!a->rhs) {
        out += opSpelling(a->op);
        out += opSpelling(a->op);
      } else {
        out += " ";
        if (a->op != Op::None) out += opSpelling(a->op);
        out += "= ";
        node(a->rhs);
      }
      break;
    }
    case NodeKind::RangeClause: {
      auto* r = static_cast<const RangeClause*>(n);
      if (r->lhs) {
        node(r->lhs);
        out += r->def ? " := " : " = ";
      }
      out += "range ";
      node(r->x);
      break;
    }
    case NodeKind::Field: {
      auto* f = static_cast<const Field*>(n);
      if (f->name) {
        node(f->name);
        out += " ";
      }
      node(f->typ);
      break;
    }
    default: break;  // statements other than simple ones never appear in messages
  }
}

}  // namespace

std::string exprString(const Node* n) {
  Printer p;
  p.node(n);
  return p.out;
}

}  // namespace goji
