// checkBranches: Go's label and branch checks (syntax/branches.go), run by the
// parser on every function body that parsed without errors. It reports
// undefined, duplicate and unused labels, misplaced break / continue /
// fallthrough, and bad goto targets, and records each branch's target.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/parser.h"

namespace goji {

namespace {

struct Block;

struct Label {
  Block* parent;
  LabeledStmt* lstmt;
  bool used;
};

struct Block {
  Block* parent;
  Pos start;
  LabeledStmt* lstmt;
};

struct Targets {
  Stmt* breaks = nullptr;       // ForStmt, SwitchStmt, SelectStmt or nil
  ForStmt* continues = nullptr;
  int caseIndex = -1;           // case index of the immediately enclosing switch, or < 0
};

class LabelScope {
 public:
  LabelScope(const FileSet& files, DiagnosticSink& diags) : files_(files), diags_(diags) {}

  void check(BlockStmt* body) {
    std::vector<BranchStmt*> fwd = blockBranches(nullptr, Targets{}, nullptr, body->pos, body->list);
    for (BranchStmt* f : fwd) {
      std::string name(f->label->value);
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second.used = true;
        err(f->label->pos, "goto " + name + " jumps into block starting at " + posString(it->second.parent->start));
      } else {
        err(f->label->pos, "label " + name + " not defined");
      }
    }
    // Unused labels in source order (Go iterates a map; each is reported once
    // and the diagnostics are sorted by position anyway).
    for (LabeledStmt* l : order_) {
      if (!labels_[std::string(l->label->value)].used) {
        err(l->label->pos, "label " + std::string(l->label->value) + " defined and not used");
      }
    }
  }

 private:
  void err(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
  std::string posString(Pos p) { return files_.posString(p); }

  Label* declare(Block* b, LabeledStmt* s) {
    std::string name(s->label->value);
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      err(s->label->pos, "label " + name + " already defined at " + posString(it->second.lstmt->label->pos));
      return &it->second;
    }
    order_.push_back(s);
    return &(labels_[name] = Label{b, s, false});
  }

  LabeledStmt* gotoTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent) {
      if (it->second.parent == b) return it->second.lstmt;
    }
    return nullptr;
  }

  // Returns the labeled statement enclosing b named name, &invalid_ if the
  // label exists but does not enclose b, or nullptr if it does not exist.
  LabeledStmt* enclosingTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent) {
      if (it->second.lstmt == b->lstmt) return it->second.lstmt;
    }
    return &invalid_;
  }

  std::vector<BranchStmt*> blockBranches(Block* parent, Targets ctxt, LabeledStmt* lstmt, Pos start,
                                         std::span<Stmt*> body);

  const FileSet& files_;
  DiagnosticSink& diags_;
  std::map<std::string, Label> labels_;
  std::vector<LabeledStmt*> order_;
  LabeledStmt invalid_{};
  std::vector<std::unique_ptr<Block>> blocks_;
};

std::vector<BranchStmt*> LabelScope::blockBranches(Block* parent, Targets ctxt, LabeledStmt* lstmt, Pos start,
                                                   std::span<Stmt*> body) {
  blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
  Block* b = blocks_.back().get();
  Pos varPos;
  const Expr* varName = nullptr;
  std::vector<BranchStmt*> fwdGotos, badGotos;

  auto recordVarDecl = [&](Pos p, const Expr* name) {
    varPos = p;
    varName = name;
    badGotos = fwdGotos;
  };
  auto jumpsOverVarDecl = [&](BranchStmt* fwd) {
    if (!varPos.known()) return false;
    for (BranchStmt* bad : badGotos) {
      if (fwd == bad) return true;
    }
    return false;
  };
  auto innerBlock = [&](Targets inner, Pos s, std::span<Stmt*> list) {
    std::vector<BranchStmt*> f = blockBranches(b, inner, lstmt, s, list);
    fwdGotos.insert(fwdGotos.end(), f.begin(), f.end());
  };

  // Trailing empty statements do not count for fallthrough placement.
  size_t n = body.size();
  while (n > 0 && body[n - 1]->is<EmptyStmt>()) n--;
  std::span<Stmt*> stmts = body.first(n);

  for (size_t stmtIndex = 0; stmtIndex < stmts.size(); stmtIndex++) {
    Stmt* stmt = stmts[stmtIndex];
    lstmt = nullptr;
    for (;;) {
      if (LabeledStmt* s = stmt->as<LabeledStmt>()) {
        std::string name(s->label->value);
        if (name != "_") {
          Label* l = declare(b, s);
          size_t i = 0;
          for (BranchStmt* fwd : fwdGotos) {
            if (fwd->label->value == name) {
              fwd->target = s;
              l->used = true;
              if (jumpsOverVarDecl(fwd)) {
                err(fwd->label->pos, "goto " + name + " jumps over declaration of " + exprString(varName) + " at " +
                                         posString(varPos));
              }
            } else {
              fwdGotos[i++] = fwd;
            }
          }
          fwdGotos.resize(i);
          lstmt = s;
        }
        stmt = s->stmt;
        continue;
      }
      break;
    }
    switch (stmt->kind) {
      case NodeKind::DeclStmt:
        for (Decl* d : static_cast<DeclStmt*>(stmt)->decls) {
          if (VarDecl* v = d->as<VarDecl>()) {
            recordVarDecl(v->pos, v->names[0]);
            break;
          }
        }
        break;
      case NodeKind::BranchStmt: {
        auto* s = static_cast<BranchStmt*>(stmt);
        if (!s->label) {
          switch (s->tok) {
            case Tok::Break:
              if (ctxt.breaks) {
                s->target = ctxt.breaks;
              } else {
                err(s->pos, "break is not in a loop, switch, or select");
              }
              break;
            case Tok::Continue:
              if (ctxt.continues) {
                s->target = ctxt.continues;
              } else {
                err(s->pos, "continue is not in a loop");
              }
              break;
            case Tok::Fallthrough: {
              const char* msg = "fallthrough statement out of place";
              if (SwitchStmt* t = ctxt.breaks ? ctxt.breaks->as<SwitchStmt>() : nullptr) {
                if (t->tag && t->tag->is<TypeSwitchGuard>()) {
                  msg = "cannot fallthrough in type switch";
                } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < stmts.size()) {
                  // fallthrough nested in a block or not the last statement
                } else if (static_cast<size_t>(ctxt.caseIndex) + 1 == t->body.size()) {
                  msg = "cannot fallthrough final case in switch";
                } else {
                  break;  // fallthrough ok
                }
              }
              err(s->pos, msg);
              break;
            }
            default: break;
          }
          break;
        }
        std::string name(s->label->value);
        switch (s->tok) {
          case Tok::Break:
            if (LabeledStmt* t = enclosingTarget(b, name)) {
              Stmt* ts = t->stmt;
              if (ts && (ts->is<SwitchStmt>() || ts->is<SelectStmt>() || ts->is<ForStmt>())) {
                s->target = ts;
              } else {
                err(s->label->pos, "invalid break label " + name);
              }
            } else {
              err(s->label->pos, "break label not defined: " + name);
            }
            break;
          case Tok::Continue:
            if (LabeledStmt* t = enclosingTarget(b, name)) {
              if (t->stmt && t->stmt->is<ForStmt>()) {
                s->target = t->stmt;
              } else {
                err(s->label->pos, "invalid continue label " + name);
              }
            } else {
              err(s->label->pos, "continue label not defined: " + name);
            }
            break;
          case Tok::Goto:
            if (LabeledStmt* t = gotoTarget(b, name)) {
              s->target = t;
            } else {
              fwdGotos.push_back(s);
            }
            break;
          default: break;
        }
        break;
      }
      case NodeKind::AssignStmt: {
        auto* s = static_cast<AssignStmt*>(stmt);
        if (s->op == Op::Def) recordVarDecl(s->pos, s->lhs);
        break;
      }
      case NodeKind::BlockStmt: {
        auto* s = static_cast<BlockStmt*>(stmt);
        innerBlock(Targets{ctxt.breaks, ctxt.continues, -1}, s->pos, s->list);
        break;
      }
      case NodeKind::IfStmt: {
        auto* s = static_cast<IfStmt*>(stmt);
        Targets inner{ctxt.breaks, ctxt.continues, -1};
        innerBlock(inner, s->then->pos, s->then->list);
        if (s->els) innerBlock(inner, s->els->pos, std::span<Stmt*>(&s->els, 1));
        break;
      }
      case NodeKind::ForStmt: {
        auto* s = static_cast<ForStmt*>(stmt);
        innerBlock(Targets{s, s, -1}, s->body->pos, s->body->list);
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* s = static_cast<SwitchStmt*>(stmt);
        Targets inner{s, ctxt.continues, -1};
        for (size_t i = 0; i < s->body.size(); i++) {
          inner.caseIndex = static_cast<int>(i);
          innerBlock(inner, s->body[i]->pos, s->body[i]->body);
        }
        break;
      }
      case NodeKind::SelectStmt: {
        auto* s = static_cast<SelectStmt*>(stmt);
        Targets inner{s, ctxt.continues, -1};
        for (CommClause* cc : s->body) innerBlock(inner, cc->pos, cc->body);
        break;
      }
      default: break;
    }
  }
  return fwdGotos;
}

}  // namespace

void checkBranches(BlockStmt* body, const FileSet& files, DiagnosticSink& diags) {
  if (!body) return;
  LabelScope ls(files, diags);
  ls.check(body);
}

}  // namespace goji
