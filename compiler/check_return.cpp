// Terminating statements: isTerminating decides whether a function body ends
// in a terminating statement (else the checker reports "missing return"),
// using the panic calls the builtin checker recorded and the break statements
// that would leave a loop, switch or select (a port of types2's return.go).
#include "compiler/checker.h"

namespace goji {

namespace {

bool hasBreakList(std::span<Stmt*> list, std::string_view label, bool implicit);
bool hasBreakCaseList(std::span<CaseClause*> list, std::string_view label, bool implicit);
bool hasBreakCommList(std::span<CommClause*> list, std::string_view label, bool implicit);

// hasBreak reports if s is or contains a break statement
// referring to the label-ed statement or implicit-ly the
// closest outer breakable statement.
bool hasBreak(Stmt* s, std::string_view label, bool implicit) {
  switch (s->kind) {
    case NodeKind::LabeledStmt: return hasBreak(s->as<LabeledStmt>()->stmt, label, implicit);

    case NodeKind::BranchStmt: {
      BranchStmt* b = s->as<BranchStmt>();
      if (b->tok == Tok::Break) {
        if (!b->label) return implicit;
        if (b->label->value == label) return true;
      }
      break;
    }

    case NodeKind::BlockStmt: return hasBreakList(s->as<BlockStmt>()->list, label, implicit);

    case NodeKind::IfStmt: {
      IfStmt* i = s->as<IfStmt>();
      if (hasBreak(i->then, label, implicit) || (i->els && hasBreak(i->els, label, implicit))) return true;
      break;
    }

    case NodeKind::SwitchStmt:
      if (!label.empty() && hasBreakCaseList(s->as<SwitchStmt>()->body, label, false)) return true;
      break;

    case NodeKind::SelectStmt:
      if (!label.empty() && hasBreakCommList(s->as<SelectStmt>()->body, label, false)) return true;
      break;

    case NodeKind::ForStmt:
      if (!label.empty() && hasBreak(s->as<ForStmt>()->body, label, false)) return true;
      break;

    default: break;  // DeclStmt, EmptyStmt, ExprStmt, SendStmt, AssignStmt, CallStmt, ReturnStmt: no chance
  }
  return false;
}

bool hasBreakList(std::span<Stmt*> list, std::string_view label, bool implicit) {
  for (Stmt* s : list) {
    if (hasBreak(s, label, implicit)) return true;
  }
  return false;
}

bool hasBreakCaseList(std::span<CaseClause*> list, std::string_view label, bool implicit) {
  for (CaseClause* s : list) {
    if (hasBreakList(s->body, label, implicit)) return true;
  }
  return false;
}

bool hasBreakCommList(std::span<CommClause*> list, std::string_view label, bool implicit) {
  for (CommClause* s : list) {
    if (hasBreakList(s->body, label, implicit)) return true;
  }
  return false;
}

}  // namespace

// isTerminating reports if s is a terminating statement.
// If s is labeled, label is the label name; otherwise s
// is "".
bool Checker::isTerminating(Stmt* s, std::string_view label) {
  switch (s->kind) {
    case NodeKind::LabeledStmt: {
      LabeledStmt* l = s->as<LabeledStmt>();
      return isTerminating(l->stmt, l->label->value);
    }

    case NodeKind::ExprStmt:
      // calling the predeclared (possibly parenthesized) panic() function is terminating
      if (CallExpr* call = unparen(s->as<ExprStmt>()->x)->as<CallExpr>(); call && env_.isPanic->count(call)) {
        return true;
      }
      break;

    case NodeKind::ReturnStmt: return true;

    case NodeKind::BranchStmt: {
      Tok tok = s->as<BranchStmt>()->tok;
      if (tok == Tok::Goto || tok == Tok::Fallthrough) return true;
      break;
    }

    case NodeKind::BlockStmt: return isTerminatingList(s->as<BlockStmt>()->list, "");

    case NodeKind::IfStmt: {
      IfStmt* i = s->as<IfStmt>();
      if (i->els && isTerminating(i->then, "") && isTerminating(i->els, "")) return true;
      break;
    }

    case NodeKind::SwitchStmt: return isTerminatingSwitch(s->as<SwitchStmt>()->body, label);

    case NodeKind::SelectStmt:
      for (CommClause* cc : s->as<SelectStmt>()->body) {
        if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
      }
      return true;

    case NodeKind::ForStmt: {
      ForStmt* f = s->as<ForStmt>();
      // Range clauses guarantee that the loop terminates,
      // so the loop is not a terminating statement. See issue 49003.
      if (f->init && f->init->is<RangeClause>()) break;
      if (!f->cond && !hasBreak(f->body, label, true)) return true;
      break;
    }

    default: break;  // DeclStmt, EmptyStmt, SendStmt, AssignStmt, CallStmt: no chance
  }
  return false;
}

bool Checker::isTerminatingList(std::span<Stmt*> list, std::string_view label) {
  // trailing empty statements are permitted - skip them
  for (size_t i = list.size(); i > 0; i--) {
    if (!list[i - 1]->is<EmptyStmt>()) return isTerminating(list[i - 1], label);
  }
  return false;  // all statements are empty
}

bool Checker::isTerminatingSwitch(std::span<CaseClause*> body, std::string_view label) {
  bool hasDefault = false;
  for (CaseClause* cc : body) {
    if (!cc->cases) hasDefault = true;
    if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
  }
  return hasDefault;
}

}  // namespace goji
