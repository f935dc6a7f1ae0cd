// Compiler directives (//go:…): what Go's compiler does with them in a
// package built by `go build` — neither the standard library, nor the runtime,
// nor cgo output. A port of cmd/compile/internal/noder: noder.go (pragma,
// checkUnusedDuringParse, processPragmas, varEmbed, checkEmbed, parseGoEmbed),
// lex.go (pragmaFlag, pragcgo, pragmaFields) and decl.go (pragmaFlags,
// reportUnused).
//
// While parsing, the parser hands every //go: directive to a
// DirectiveCollector, which validates it and keeps it until a declaration
// takes it (takePragma) or the parser meets a construct that accepts none
// (clearPragma: "misplaced compiler directive"). After type checking succeeded,
// checkDirectives reports what Go's IR construction reports: directives a
// declaration does not accept, //go:embed and //go:linkname without the imports
// they need. Accepted directives have no effect on goji.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/source.h"

namespace goji {

// The bits of Go's ir.PragmaFlag that directives set.
enum PragmaFlag : uint32_t {
  kNoescape = 1u << 0,
  kNorace = 1u << 1,
  kNosplit = 1u << 2,
  kNoinline = 1u << 3,
  kNoCheckPtr = 1u << 4,
  kCgoUnsafeArgs = 1u << 5,
  kUintptrKeepAlive = 1u << 6,
  kUintptrEscapes = 1u << 7,
  kSystemstack = 1u << 8,
  kNowritebarrier = 1u << 9,
  kNowritebarrierrec = 1u << 10,
  kYeswritebarrierrec = 1u << 11,
  kRegisterParams = 1u << 12,
  kNotInHeap = 1u << 13,
  kGoBuildPragma = 1u << 14,
};

class DirectiveCollector {
 public:
  DirectiveCollector(const FileSet& files, DiagnosticSink& diags) : files_(files), diags_(diags) {}

  // A //go: directive at pos (just after the "//"); text is the comment
  // without the "//". blankLine: nothing but blanks precede it on its line.
  void directive(Pos pos, bool blankLine, std::string_view text);
  // The directives collected since the last take or clear, for the
  // declaration being parsed; nullptr if there are none.
  Pragma* take(Arena& arena);
  // The parser found nothing that accepts the collected directives.
  void clear() {
    if (!flags_.empty() || !embeds_.empty()) reportUnused();
  }
  std::span<Pos> linknames(Arena& arena) const { return arena.copy(linknames_); }

 private:
  void error(Pos pos, std::string msg) { diags_.error(pos, std::move(msg)); }
  void reportUnused();
  void cgoDirective(Pos pos, std::string_view text);

  const FileSet& files_;
  DiagnosticSink& diags_;
  uint32_t flag_ = 0;
  std::vector<PragmaPos> flags_;
  std::vector<Pos> embeds_;
  std::vector<Pos> linknames_;
};

// Reports misused directives of a package that type-checked without errors.
void checkDirectives(std::span<File* const> files, DiagnosticSink& diags);

}  // namespace goji
