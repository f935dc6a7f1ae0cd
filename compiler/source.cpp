#include "compiler/source.h"

#include <algorithm>
#include <cstdio>

namespace goji {

FileSet::FileSet() { files_.push_back(std::make_unique<SourceFile>()); }

uint32_t FileSet::add(std::string name, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(SourceFile{std::move(name), std::move(text)}));
  return static_cast<uint32_t>(files_.size() - 1);
}

std::string FileSet::format(Pos pos) const {
  std::string s = files_[pos.file]->name;
  if (pos.known()) {
    s += ':';
    s += std::to_string(pos.line);
    s += ':';
    s += std::to_string(pos.col);
  }
  return s;
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

static bool sameLine(Pos a, Pos b) { return a.known() && a.file == b.file && a.line == b.line; }

void DiagnosticSink::error(Pos pos, std::string msg) {
  if (tooMany_) return;
  if (msg.starts_with("syntax error")) {
    syntaxErrors_++;
    if (sameLine(lastSyntax_, pos)) return;
    lastSyntax_ = pos;
  } else {
    if (sameLine(lastOther_, pos) && lastMsg_ == msg) return;
    lastOther_ = pos;
    lastMsg_ = msg;
  }
  errors_.push_back({pos, std::move(msg)});
  if (limit_ > 0 && static_cast<int>(errors_.size()) >= limit_) {
    tooMany_ = true;
    tooManyPos_ = pos;
  }
}

std::vector<Diagnostic> DiagnosticSink::sorted() const {
  std::vector<Diagnostic> out = errors_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos.before(b.pos); });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Diagnostic& a, const Diagnostic& b) { return a.pos == b.pos && a.msg == b.msg; }),
            out.end());
  if (tooMany_) out.push_back({tooManyPos_, "too many errors"});
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
