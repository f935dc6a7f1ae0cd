// The subset check: constructs that parse as Go 1.19 but lie outside goji's
// subset are reported as "not supported by goji: …" after parsing and before
// type checking — generics, goto, struct tags and imaginary literals. (Names
// outside the subset — complex64/128, complex/real/imag, imports of unsafe,
// reflect and C — are reported by the checker where they are resolved.)
#include "compiler/frontend.h"

namespace goji {

namespace {

class SubsetChecker {
 public:
  explicit SubsetChecker(DiagnosticSink& diags) : diags_(diags) {}

  void file(File* f) {
    for (Decl* d : f->decls) decl(d);
  }

 private:
  void report(Pos pos, const std::string& what) { diags_.error(pos, "not supported by goji: " + what); }

  void decl(Decl* d) {
    switch (d->kind) {
      case NodeKind::ConstDecl: {
        auto* c = static_cast<ConstDecl*>(d);
        node(c->typ);
        node(c->values);
        break;
      }
      case NodeKind::VarDecl: {
        auto* v = static_cast<VarDecl*>(d);
        node(v->typ);
        node(v->values);
        break;
      }
      case NodeKind::TypeDecl: {
        auto* t = static_cast<TypeDecl*>(d);
        if (!t->tparams.empty()) report(t->tparams[0]->pos, "generics (type parameters)");
        node(t->typ);
        break;
      }
      case NodeKind::FuncDecl: {
        auto* f = static_cast<FuncDecl*>(d);
        if (!f->tparams.empty()) report(f->tparams[0]->pos, "generics (type parameters)");
        if (f->recv) node(f->recv->typ);
        node(f->typ);
        node(f->body);
        break;
      }
      default: break;
    }
  }

  void fields(std::span<Field*> list) {
    for (Field* f : list) node(f->typ);
  }

  template <typename T>
  void nodes(std::span<T*> list) {
    for (T* n : list) node(n);
  }

  void node(Node* n) {
    if (!n) return;
    switch (n->kind) {
      case NodeKind::BasicLit:
        if (static_cast<BasicLit*>(n)->litKind == LitKind::Imag) {
          report(n->pos, "complex numbers (imaginary literal " + std::string(static_cast<BasicLit*>(n)->value) + ")");
        }
        break;
      case NodeKind::CompositeLit: {
        auto* c = static_cast<CompositeLit*>(n);
        node(c->typ);
        nodes(c->elems);
        break;
      }
      case NodeKind::KeyValueExpr:
        node(static_cast<KeyValueExpr*>(n)->key);
        node(static_cast<KeyValueExpr*>(n)->val);
        break;
      case NodeKind::FuncLit:
        node(static_cast<FuncLit*>(n)->typ);
        node(static_cast<FuncLit*>(n)->body);
        break;
      case NodeKind::ParenExpr: node(static_cast<ParenExpr*>(n)->x); break;
      case NodeKind::SelectorExpr: node(static_cast<SelectorExpr*>(n)->x); break;
      case NodeKind::IndexExpr:
        node(static_cast<IndexExpr*>(n)->x);
        node(static_cast<IndexExpr*>(n)->index);
        break;
      case NodeKind::SliceExpr: {
        auto* s = static_cast<SliceExpr*>(n);
        node(s->x);
        for (Expr* i : s->index) node(i);
        break;
      }
      case NodeKind::AssertExpr:
        node(static_cast<AssertExpr*>(n)->x);
        node(static_cast<AssertExpr*>(n)->typ);
        break;
      case NodeKind::TypeSwitchGuard: node(static_cast<TypeSwitchGuard*>(n)->x); break;
      case NodeKind::Operation: {
        auto* o = static_cast<Operation*>(n);
        node(o->x);
        node(o->y);
        break;
      }
      case NodeKind::CallExpr:
        node(static_cast<CallExpr*>(n)->fun);
        nodes(static_cast<CallExpr*>(n)->args);
        break;
      case NodeKind::ListExpr: nodes(static_cast<ListExpr*>(n)->elems); break;
      case NodeKind::ArrayType:
        node(static_cast<ArrayType*>(n)->len);
        node(static_cast<ArrayType*>(n)->elem);
        break;
      case NodeKind::SliceType: node(static_cast<SliceType*>(n)->elem); break;
      case NodeKind::DotsType: node(static_cast<DotsType*>(n)->elem); break;
      case NodeKind::StructType: {
        auto* s = static_cast<StructType*>(n);
        fields(s->fields);
        for (BasicLit* tag : s->tags) {
          if (tag) report(tag->pos, "struct tags");
        }
        break;
      }
      case NodeKind::InterfaceType: fields(static_cast<InterfaceType*>(n)->methods); break;
      case NodeKind::FuncType:
        fields(static_cast<FuncType*>(n)->params);
        fields(static_cast<FuncType*>(n)->results);
        break;
      case NodeKind::MapType:
        node(static_cast<MapType*>(n)->key);
        node(static_cast<MapType*>(n)->val);
        break;
      case NodeKind::ChanType: node(static_cast<ChanType*>(n)->elem); break;
      case NodeKind::LabeledStmt: node(static_cast<LabeledStmt*>(n)->stmt); break;
      case NodeKind::BlockStmt: nodes(static_cast<BlockStmt*>(n)->list); break;
      case NodeKind::ExprStmt: node(static_cast<ExprStmt*>(n)->x); break;
      case NodeKind::SendStmt:
        node(static_cast<SendStmt*>(n)->chan);
        node(static_cast<SendStmt*>(n)->value);
        break;
      case NodeKind::DeclStmt:
        for (Decl* d : static_cast<DeclStmt*>(n)->decls) decl(d);
        break;
      case NodeKind::AssignStmt:
        node(static_cast<AssignStmt*>(n)->lhs);
        node(static_cast<AssignStmt*>(n)->rhs);
        break;
      case NodeKind::BranchStmt:
        if (static_cast<BranchStmt*>(n)->tok == Tok::Goto) report(n->pos, "goto");
        break;
      case NodeKind::CallStmt: node(static_cast<CallStmt*>(n)->call); break;
      case NodeKind::ReturnStmt: node(static_cast<ReturnStmt*>(n)->results); break;
      case NodeKind::IfStmt: {
        auto* s = static_cast<IfStmt*>(n);
        node(s->init);
        node(s->cond);
        node(s->then);
        node(s->els);
        break;
      }
      case NodeKind::ForStmt: {
        auto* s = static_cast<ForStmt*>(n);
        node(s->init);
        node(s->cond);
        node(s->post);
        node(s->body);
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* s = static_cast<SwitchStmt*>(n);
        node(s->init);
        node(s->tag);
        for (CaseClause* c : s->body) {
          node(c->cases);
          nodes(c->body);
        }
        break;
      }
      case NodeKind::SelectStmt:
        for (CommClause* c : static_cast<SelectStmt*>(n)->body) {
          node(c->comm);
          nodes(c->body);
        }
        break;
      case NodeKind::RangeClause:
        node(static_cast<RangeClause*>(n)->lhs);
        node(static_cast<RangeClause*>(n)->x);
        break;
      default: break;
    }
  }

  DiagnosticSink& diags_;
};

}  // namespace

void checkSubset(File* file, DiagnosticSink& diags) { SubsetChecker(diags).file(file); }

}  // namespace goji
