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

// Parses file fileIndex of files. Returns nullptr if the package clause is
// missing or malformed (as Go does); otherwise a File, possibly with syntax
// errors reported. Line directives are recorded in files; //go: directives are
// checked as Go's noder does while parsing (directives.h) and attached to the
// declarations they precede. With skipBodies, function bodies are skipped
// (brace-matched) and left empty: enough for a package whose declarations are
// all that is needed.
File* parseFile(Arena& arena, FileSet& files, uint32_t fileIndex, DiagnosticSink& diags, bool skipBodies = false);

// Go's syntax.String(n) in ShortForm: the source form of an expression, with
// function and composite literal bodies elided as {…}.
std::string exprString(const Node* n);

// Reports labels and branch statements that are wrong (Go's CheckBranches).
// files formats positions cited in messages ("already defined at f.go:3:1").
void checkBranches(BlockStmt* body, const FileSet& files, DiagnosticSink& diags);

}  // namespace goji
