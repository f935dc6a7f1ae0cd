// Escape decisions for code generation (cg_escape.cpp: which variables live
// in heap cells; cg_escape_flow.cpp: which of them, and which new(T) and
// &T{} objects, stay on the stack because their address never outlives the
// frame).
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/program.h"
#include "compiler/types.h"

namespace goji {

struct EscapeInfo {
  std::set<Var*> heap;                          // variables that live in heap cells
  std::set<Var*> addressed;                     // local variables whose address is taken
  std::set<Var*> captured;                      // local variables some closure captures
  std::set<Var*> stackVars;                     // addressed variables kept in stack slots
  std::set<Expr*> stackAllocs;                  // new(T) calls and &T{} literals (the CompositeLit) on the stack
  std::map<FuncLit*, std::vector<Var*>> captures;  // each closure's captured variables, in first-use order
  std::function<bool(Type*)> hasPointers;
  std::function<uint64_t(Type*)> sizeOf;
};

// Where a function may send the pointers a parameter carries: nowhere
// outside its frame, into its results only, or anywhere (the heap).
enum class Leak : uint8_t { None, Result, Heap };

// Each function's leaks, receiver first, then the parameters in order.
struct EscapeSummaries {
  std::unordered_map<Func*, std::vector<Leak>> leaks;
};

// The local variable an addressable expression is rooted in, if any
// (x in x, x.f, x[i] for an array x, (x)).
Var* addressRoot(Expr* e);

// Analyzes a function (and the closures inside it).
void analyzeEscapes(EscapeInfo& info, FuncType* type, Field* recv, BlockStmt* body);
// Analyzes a package-level variable's initializer (the closures inside it).
void analyzeInitializerEscapes(EscapeInfo& info, Expr* init);

// Computes the leaks of every checked function of the program.
void summarizeEscapes(Program& prog, EscapeSummaries& out, const std::function<bool(Type*)>& hasPointers);
// After analyzeEscapes: moves the function's pointer-free objects whose
// address stays in the frame to the stack (stackVars, stackAllocs).
void findStackObjects(const EscapeSummaries& sums, EscapeInfo& info, Signature* sig, FuncType* type, Field* recv,
                      BlockStmt* body);

}  // namespace goji
