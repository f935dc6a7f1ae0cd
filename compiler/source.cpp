#include "compiler/source.h"

#include <algorithm>
#include <cstdio>

namespace goji {

namespace {

// Go's compiler keeps a position in 32 bits (cmd/internal/src lico): lines
// saturate at kLineMax (dropping the column) and columns at kColMax, which
// then counts as unknown.
constexpr uint32_t kLineMax = (1u << 20) - 2;
constexpr uint32_t kColMax = (1u << 8) - 1;

Pos lico(Pos pos) {
  if (pos.line >= kLineMax) return Pos{pos.file, kLineMax, 0};
  return Pos{pos.file, pos.line, std::min(pos.col, kColMax)};
}

// syntax's position_.String.
std::string positionString(std::string_view filename, uint32_t line, uint32_t col) {
  std::string s(filename);
  if (line == 0) return s.empty() ? "<unknown position>" : s;
  s += ':' + std::to_string(line);
  if (col != 0) s += ':' + std::to_string(col);
  return s;
}

}  // namespace

FileSet::FileSet() { files_.push_back(std::make_unique<SourceFile>()); }

uint32_t FileSet::add(std::string name, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(SourceFile{std::move(name), std::move(text), {}}));
  return static_cast<uint32_t>(files_.size() - 1);
}

RelPos FileSet::relative(Pos pos) const {
  const SourceFile& f = *files_[pos.file];
  auto it = std::upper_bound(f.bases.begin(), f.bases.end(), pos,
                             [](Pos p, const LineBase& b) { return p.before(b.at); });
  if (!pos.known() || it == f.bases.begin()) return {f.name, pos.line, pos.col, 0};
  const LineBase& b = *(it - 1);
  uint32_t col = 0;
  if (b.col != 0) col = pos.line == b.at.line ? b.col + pos.col - b.at.col : pos.col;
  return {b.filename, b.line + (pos.line - b.at.line), col, static_cast<uint32_t>(it - f.bases.begin())};
}

std::string FileSet::format(Pos pos) const {
  if (!pos.known()) return files_[pos.file]->name;
  RelPos r = relative(lico(pos));
  std::string s(r.filename);
  s += ':' + std::to_string(r.line);
  if (0 < r.col && r.col < kColMax) s += ':' + std::to_string(r.col);
  return s;
}

std::string FileSet::posString(Pos pos) const {
  RelPos r = relative(pos);
  std::string s = positionString(r.filename, r.line, r.col);
  const SourceFile& f = *files_[pos.file];
  if (r.filename != f.name || r.line != pos.line || r.col != pos.col) {
    s += '[' + positionString(f.name, pos.line, pos.col) + ']';
  }
  return s;
}

int FileSet::compare(Pos a, Pos b) const {
  int c = relative(a).filename.compare(relative(b).filename);
  if (c != 0) return c < 0 ? -1 : 1;
  if (a.line != b.line) return a.line < b.line ? -1 : 1;
  if (a.col != b.col) return a.col < b.col ? -1 : 1;
  return 0;
}

std::string_view FileSet::lineText(Pos pos) const {
  std::string_view text = files_[pos.file]->text;
  size_t start = 0;
  for (uint32_t line = 1; line < pos.line; line++) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  return text.substr(start, end - start);
}

namespace {

// base.sameline: the same position base and the same line in the file.
bool sameLine(const Diagnostic& last, const Diagnostic& d) {
  return last.pos.known() && last.baseOrder == d.baseOrder && lico(last.pos).line == lico(d.pos).line;
}

}  // namespace

void DiagnosticSink::error(Pos pos, std::string msg, bool noderBase) {
  bool syntax = msg.starts_with("syntax error");
  // Past the limit Go has already exited; counting what follows keeps a
  // dropped syntax error from letting type checking see a broken tree.
  if (syntax) syntaxErrors_++;
  if (tooMany_) return;
  // Unknown positions sort first, as Go's NoXPos.
  Diagnostic d{pos, std::move(msg), 0};
  if (pos.known()) {
    BaseKey base{pos.file, files_ ? files_->relative(pos).base : 0, noderBase};
    auto it = std::find(bases_.begin(), bases_.end(), base);
    d.baseOrder = static_cast<uint32_t>(it - bases_.begin()) + 1;
    if (it == bases_.end()) bases_.push_back(base);
  }
  if (syntax) {
    if (sameLine(lastSyntax_, d)) return;
    lastSyntax_ = d;
  } else {
    if (sameLine(lastOther_, d) && lastOther_.msg == d.msg) return;
    lastOther_ = d;
  }
  uint32_t order = d.baseOrder;
  errors_.push_back(std::move(d));
  if (limit_ > 0 && static_cast<int>(errors_.size()) >= limit_) {
    tooMany_ = true;
    tooManyAt_ = {pos, "too many errors", order};
  }
}

std::vector<Diagnostic> DiagnosticSink::sorted() const {
  std::vector<Diagnostic> out = errors_;
  // The noder's bases come after all others: Go's IR construction has used
  // every base with code in it by the time the noder reports.
  auto rank = [this](const Diagnostic& d) {
    return std::pair(d.baseOrder != 0 && std::get<2>(bases_[d.baseOrder - 1]), d.baseOrder);
  };
  std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return lico(a.pos).before(lico(b.pos));
  });
  auto printed = [this](const Diagnostic& d) { return files_ && d.pos.known() ? files_->format(d.pos) : ""; };
  out.erase(std::unique(out.begin(), out.end(),
                        [&](const Diagnostic& a, const Diagnostic& b) {
                          return a.msg == b.msg && (files_ ? printed(a) == printed(b) : a.pos == b.pos);
                        }),
            out.end());
  if (tooMany_) out.push_back(tooManyAt_);
  return out;
}

void printDiagnostics(const FileSet& files, const std::vector<Diagnostic>& diags, bool caret, bool color,
                      std::FILE* out) {
  for (const Diagnostic& d : diags) {
    std::string where = d.pos.known() ? files.format(d.pos) + ": " : "";
    if (color) {
      std::fprintf(out, "\033[1m%s\033[0m\033[1;31m%s\033[0m\n", where.c_str(), d.msg.c_str());
    } else {
      std::fprintf(out, "%s%s\n", where.c_str(), d.msg.c_str());
    }
    if (!caret || !d.pos.known() || d.msg == "too many errors") continue;
    std::string_view line = files.lineText(d.pos);
    if (line.size() > 300) continue;  // a caret under a huge line helps nobody
    std::string marker;
    for (uint32_t i = 0; i + 1 < d.pos.col && i < line.size(); i++) marker += line[i] == '\t' ? '\t' : ' ';
    std::fprintf(out, "\t%.*s\n\t%s%s^%s\n", static_cast<int>(line.size()), line.data(), marker.c_str(),
                 color ? "\033[1;32m" : "", color ? "\033[0m" : "");
  }
}

}  // namespace goji
