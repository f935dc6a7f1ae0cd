// Source files, positions and diagnostics.
//
// A Pos is (file, line, column) with 1-based lines and 1-based byte columns,
// exactly as Go's compiler counts them (a tab is one column). Diagnostics are
// values collected in a DiagnosticSink; the sink applies the reporting rules of
// Go's cmd/compile (base.ErrorfAt / FlushErrors):
//   - only the first syntax error on a line is kept;
//   - an error equal to the previous non-syntax error on the same line is dropped;
//   - after `limit` errors collection stops and "too many errors" is reported;
//   - errors are printed sorted by position, exact duplicates once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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

struct SourceFile {
  std::string name;  // as given on the command line
  std::string text;  // the whole file
};

// Owns every source file of one compilation; Pos.file indexes into it.
class FileSet {
 public:
  FileSet();
  uint32_t add(std::string name, std::string text);
  const SourceFile& file(uint32_t index) const { return *files_[index]; }
  std::string format(Pos pos) const;  // "name:line:col"
  std::string_view lineText(Pos pos) const;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

struct Diagnostic {
  Pos pos;
  std::string msg;
};

class DiagnosticSink {
 public:
  // limit 0 means report every error (the compiler's -e flag).
  explicit DiagnosticSink(int limit = 10) : limit_(limit) {}

  void error(Pos pos, std::string msg);
  int count() const { return static_cast<int>(errors_.size()); }
  int syntaxErrors() const { return syntaxErrors_; }
  bool full() const { return tooMany_; }

  // Errors sorted by position, duplicates removed, plus a trailing
  // "too many errors" entry when the limit was hit.
  std::vector<Diagnostic> sorted() const;

 private:
  int limit_;
  int syntaxErrors_ = 0;
  bool tooMany_ = false;
  Pos tooManyPos_;
  Pos lastSyntax_, lastOther_;
  std::string lastMsg_;
  std::vector<Diagnostic> errors_;
};

// Prints diagnostics as "file:line:col: msg"; when `caret` is set each is
// followed by the source line and a caret under the column.
void printDiagnostics(const FileSet& files, const std::vector<Diagnostic>& diags, bool caret, bool color,
                      std::FILE* out);

}  // namespace goji
