// Source files, positions and diagnostics.
//
// A Pos is (file, line, column) with 1-based lines and 1-based byte columns,
// exactly as Go's compiler counts them (a tab is one column). Positions are
// always places in the file; //line directives (Go's syntax.PosBase, see
// parser.go updateBase) only change how they are reported: a file keeps its
// line bases, and FileSet translates a Pos to the file name, line and column
// the directive in effect gives it (as cmd/internal/src does).
//
// Diagnostics are values collected in a DiagnosticSink; the sink applies the
// reporting rules of Go's cmd/compile (base.ErrorfAt / FlushErrors):
//   - only the first syntax error on a line is kept;
//   - an error equal to the previous non-syntax error on the same line is dropped;
//   - after `limit` errors collection stops and "too many errors" is reported;
//   - errors are printed sorted by position base (in order of first use), then
//     position, and an error printed exactly like the previous one is dropped.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace goji {

struct Pos {
  uint32_t file = 0;  // index in the FileSet; 0 means "no file"
  uint32_t line = 0;  // 1-based; 0 means unknown
  uint32_t col = 0;   // 1-based byte column

  bool known() const { return line != 0; }
  bool operator==(const Pos&) const = default;
  bool before(const Pos& o) const {
    if (file != o.file) return file < o.file;
    if (line != o.line) return line < o.line;
    return col < o.col;
  }
};

// A //line or /*line*/ directive: from `at` on, positions are reported as
// filename:line:col counted from the directive's values.
struct LineBase {
  Pos at;  // the position immediately following the directive
  std::string filename;
  uint32_t line = 0;  // the line `at` stands for
  uint32_t col = 0;   // the column `at` stands for; 0: unknown (no columns are reported)
};

struct SourceFile {
  std::string name;              // as given on the command line
  std::string text;              // the whole file
  std::vector<LineBase> bases;  // in source order
};

// A position as reported: relative to the line directive in effect, if any.
struct RelPos {
  std::string_view filename;
  uint32_t line = 0;
  uint32_t col = 0;   // 0: unknown
  uint32_t base = 0;  // 0: the file itself; k: the file's k-th line directive
};

// Owns every source file of one compilation; Pos.file indexes into it.
class FileSet {
 public:
  FileSet();
  uint32_t add(std::string name, std::string text);
  const SourceFile& file(uint32_t index) const { return *files_[index]; }
  void addLineBase(uint32_t file, LineBase base) { files_[file]->bases.push_back(std::move(base)); }

  // pos as the line directive in effect reports it (src.Pos RelFilename/RelLine/RelCol).
  RelPos relative(Pos pos) const;
  // Where a diagnostic is, as Go's compiler prints it (base.FmtPos): "name:line:col",
  // without the column when it is unknown or does not fit Go's 8 bits.
  std::string format(Pos pos) const;
  // A position cited inside a message (syntax.Pos.String): the reported position,
  // followed by "[name:line:col]" in the file when a line directive changes it.
  std::string posString(Pos pos) const;
  // syntax.Pos.Cmp: orders by reported file name, then by line and column in the file.
  int compare(Pos a, Pos b) const;
  std::string_view lineText(Pos pos) const;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

struct Diagnostic {
  Pos pos;
  std::string msg;
  uint32_t baseOrder = 0;  // 1 + rank of pos's position base in order of first use; 0: unknown pos
};

class DiagnosticSink {
 public:
  // limit 0 means report every error (the compiler's -e flag). Without
  // files, every position counts as being in its file's own base.
  explicit DiagnosticSink(int limit = 10, const FileSet* files = nullptr) : limit_(limit), files_(files) {}

  // noderBase: pos counts as being in a second base of its file's, as for
  // the errors Go's noder reports after type checking: its position map no
  // longer shares bases with the one used since, and they sort last.
  void error(Pos pos, std::string msg, bool noderBase = false);
  int count() const { return static_cast<int>(errors_.size()); }
  int syntaxErrors() const { return syntaxErrors_; }
  bool full() const { return tooMany_; }

  // Errors sorted by position, duplicates removed, plus a trailing
  // "too many errors" entry when the limit was hit.
  std::vector<Diagnostic> sorted() const;

 private:
  // A position base: the file, k as in RelPos::base, and whether it is the noder's.
  using BaseKey = std::tuple<uint32_t, uint32_t, bool>;

  int limit_;
  const FileSet* files_;
  int syntaxErrors_ = 0;
  bool tooMany_ = false;
  Diagnostic tooManyAt_;
  Diagnostic lastSyntax_, lastOther_;
  std::vector<BaseKey> bases_;  // known positions' bases in order of first use (Go's PosTable)
  std::vector<Diagnostic> errors_;
};

// Prints diagnostics as "file:line:col: msg"; when `caret` is set each is
// followed by the source line and a caret under the column.
void printDiagnostics(const FileSet& files, const std::vector<Diagnostic>& diags, bool caret, bool color,
                      std::FILE* out);

}  // namespace goji
