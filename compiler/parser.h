// Parser: Go source → AST, a port of cmd/compile/internal/syntax's
// recursive-descent parser so that syntax errors are Go's (wording, position
// and recovery). Each parse function opens with its grammar rule.
//
// After a function body parses without errors, its labels and branch
// statements are checked (Go's CheckBranches mode, branches.cpp). Nesting is
// bounded by kMaxNesting so that later recursive phases cannot overflow the
// compiler's stack on hostile input.
#pragma once

#include <string_view>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/source.h"

namespace goji {

// Deepest expression/statement/type nesting goji accepts. Go has no fixed
// limit; 100 000 (about 30 000 parenthesized levels) is far beyond real programs and the front end's recursion at
// this depth fits the compiler thread's stack (see driver.cpp).
constexpr int kMaxNesting = 100000;

// Parses one file. Returns nullptr if the package clause is missing or
// malformed (as Go does); otherwise a File, possibly with syntax errors reported.
// With skipBodies, function bodies are skipped (brace-matched) and left empty:
// enough for a package whose declarations are all that is needed.
File* parseFile(Arena& arena, uint32_t fileIndex, std::string_view fileName, std::string_view src,
                DiagnosticSink& diags, bool skipBodies = false);

// Go's syntax.String(n) in ShortForm: the source form of an expression, with
// function and composite literal bodies elided as {…}.
std::string exprString(const Node* n);

// Reports labels and branch statements that are wrong (Go's CheckBranches).
// fileName appears in messages that cite another position ("already defined at f.go:3:1").
void checkBranches(BlockStmt* body, std::string_view fileName, DiagnosticSink& diags);

}  // namespace goji
