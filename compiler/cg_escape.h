// Escape decisions for code generation (see cg_escape.cpp).
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <vector>

#include "compiler/ast.h"
#include "compiler/types.h"

namespace goji {

struct EscapeInfo {
  std::set<Var*> heap;                          // variables that live in heap cells
  std::map<FuncLit*, std::vector<Var*>> captures;  // each closure's captured variables, in first-use order
  std::function<bool(Type*)> hasPointers;
};

// Analyzes a function (and the closures inside it).
void analyzeEscapes(EscapeInfo& info, FuncType* type, Field* recv, BlockStmt* body);
// Analyzes a package-level variable's initializer (the closures inside it).
void analyzeInitializerEscapes(EscapeInfo& info, Expr* init);

}  // namespace goji
