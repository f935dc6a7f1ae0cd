// Size limits Go's compiler enforces once type checking succeeded (see
// size_checks.cpp): types too large for amd64, 1GB stack frames, symbols over
// 2e9 bytes.
#pragma once

#include <span>

#include "compiler/ast.h"
#include "compiler/sizes.h"
#include "compiler/source.h"

namespace goji {

// types/size.go's errors for the types of pkg's files, as Go's IR
// construction meets them: arrays larger than the address space, structs
// too large, channel elements of 64kB or more.
void checkTypeSizes(std::span<File* const> files, Package* pkg, Sizes& sizes, DiagnosticSink& diags);

// goji's limit on composite literals of arrays and structs, in the scalars
// code generation flattens them into; slice literals longer than this are
// built at run time rather than as static data.
constexpr int64_t kMaxLiteralScalars = int64_t{1} << 16;
void checkLiteralSizes(std::span<File* const> files, Sizes& sizes, DiagnosticSink& diags);

// ssagen/pgen.go's "stack frame too large (>1GB)", reported by Go's back end
// only when nothing else failed.
void checkStackFrames(std::span<File* const> files, Sizes& sizes, DiagnosticSink& diags);

// The object writer's "symbol too large" for package-level variables over 2e9
// bytes, reported after the stack frames.
void checkSymbolSizes(std::span<File* const> files, Package* pkg, Sizes& sizes, DiagnosticSink& diags);

}  // namespace goji
