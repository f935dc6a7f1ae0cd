// Compiler directives: a port of Go's noder (see directives.h). goji compiles
// neither the standard library nor the runtime nor cgo output, so the rules
// for those (base.Flag.Std, base.Flag.CompilingRuntime) are the "no" branch.
#include "compiler/directives.h"

#include "compiler/constant.h"
#include "compiler/unicode.h"

namespace goji {

namespace {

// Directive flags each kind of declaration accepts (lex.go).
constexpr uint32_t kFuncPragmas = kNoescape | kNorace | kNosplit | kNoinline | kNoCheckPtr | kRegisterParams |
                                  kCgoUnsafeArgs | kUintptrKeepAlive | kUintptrEscapes | kSystemstack |
                                  kNowritebarrier | kNowritebarrierrec | kYeswritebarrierrec;
constexpr uint32_t kTypePragmas = kNotInHeap;
constexpr uint32_t kRuntimePragmas = kSystemstack | kNowritebarrier | kNowritebarrierrec | kYeswritebarrierrec;

// lex.go pragmaFlag. //go:nointerface sets no flag: it needs the fieldtrack experiment.
uint32_t pragmaFlag(std::string_view verb) {
  static const std::pair<std::string_view, uint32_t> kFlags[] = {
      {"go:build", kGoBuildPragma},
      {"go:noescape", kNoescape},
      {"go:norace", kNorace},
      {"go:nosplit", kNosplit | kNoCheckPtr},
      {"go:noinline", kNoinline},
      {"go:nocheckptr", kNoCheckPtr},
      {"go:systemstack", kSystemstack},
      {"go:nowritebarrier", kNowritebarrier},
      {"go:nowritebarrierrec", kNowritebarrierrec | kNowritebarrier},
      {"go:yeswritebarrierrec", kYeswritebarrierrec},
      {"go:cgo_unsafe_args", kCgoUnsafeArgs | kNoCheckPtr},
      {"go:uintptrkeepalive", kUintptrKeepAlive},
      {"go:uintptrescapes", kUintptrEscapes | kUintptrKeepAlive},
      {"go:registerparams", kRegisterParams},
      {"go:notinheap", kNotInHeap},
  };
  for (auto [name, flag] : kFlags) {
    if (verb == name) return flag;
  }
  return 0;
}

bool isPragmaSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool isQuoted(std::string_view s) { return s.size() >= 2 && s.front() == '"' && s.back() == '"'; }

std::string_view trimQuotes(std::string_view s) {
  while (!s.empty() && s.front() == '"') s.remove_prefix(1);
  while (!s.empty() && s.back() == '"') s.remove_suffix(1);
  return s;
}

// lex.go pragmaFields: fields separated by spaces, where a double-quoted
// region is one field (escaped quotes are not recognized).
std::vector<std::string_view> pragmaFields(std::string_view s) {
  std::vector<std::string_view> a;
  bool inQuote = false;
  size_t fieldStart = std::string_view::npos;
  for (size_t i = 0; i < s.size(); i++) {
    char c = s[i];
    if (c == '"') {
      if (inQuote) {
        inQuote = false;
        a.push_back(s.substr(fieldStart, i + 1 - fieldStart));
        fieldStart = std::string_view::npos;
      } else {
        inQuote = true;
        if (fieldStart != std::string_view::npos) a.push_back(s.substr(fieldStart, i - fieldStart));
        fieldStart = i;
      }
    } else if (!inQuote && isPragmaSpace(c)) {
      if (fieldStart != std::string_view::npos) {
        a.push_back(s.substr(fieldStart, i - fieldStart));
        fieldStart = std::string_view::npos;
      }
    } else if (fieldStart == std::string_view::npos) {
      fieldStart = i;
    }
  }
  if (!inQuote && fieldStart != std::string_view::npos) a.push_back(s.substr(fieldStart));
  return a;
}

// The number of fields of strings.Fields(s).
size_t countFields(std::string_view s) {
  size_t n = 0;
  bool inField = false;
  while (!s.empty()) {
    unicode::Decoded d = unicode::decodeRune(s);
    bool space = unicode::isSpace(d.rune);
    if (!space && !inField) n++;
    inField = !space;
    s.remove_prefix(d.width);
  }
  return n;
}

// strings.TrimSpace.
std::string_view trimSpace(std::string_view s) {
  size_t start = s.size(), end = 0;
  for (size_t i = 0; i < s.size();) {
    unicode::Decoded d = unicode::decodeRune(s.substr(i));
    if (!unicode::isSpace(d.rune)) {
      if (start == s.size()) start = i;
      end = i + d.width;
    }
    i += d.width;
  }
  return start < end ? s.substr(start, end - start) : std::string_view{};
}

// noder.go parseGoEmbed: the number of patterns in the text after
// "//go:embed"; -1 with *err set if the text is malformed.
int countGoEmbedPatterns(std::string_view args, std::string* err) {
  int n = 0;
  auto invalid = [&](std::string_view s) {
    *err = "invalid quoted string in //go:embed: " + std::string(s);
    return -1;
  };
  for (args = trimSpace(args); !args.empty(); args = trimSpace(args)) {
    if (args[0] == '`') {
      size_t i = args.find('`', 1);
      if (i == std::string_view::npos) return invalid(args);
      args.remove_prefix(i + 1);
    } else if (args[0] == '"') {
      size_t i = 1;
      while (i < args.size() && args[i] != '"') i += args[i] == '\\' ? 2 : 1;
      if (i >= args.size()) return invalid(args);
      if (Value::fromLiteral(args.substr(0, i + 1), LitKind::String).kind() != Value::Kind::String) {
        return invalid(args.substr(0, i + 1));
      }
      args.remove_prefix(i + 1);
    } else {
      size_t i = 0;
      while (i < args.size()) {
        unicode::Decoded d = unicode::decodeRune(args.substr(i));
        if (unicode::isSpace(d.rune)) break;
        i += d.width;
      }
      args.remove_prefix(i);
    }
    if (!args.empty() && !unicode::isSpace(unicode::decodeRune(args).rune)) return invalid(args);
    n++;
  }
  return n;
}

// noder.go safeArg.
bool safeArg(std::string_view name) {
  if (name.empty()) return false;
  unsigned char c = name[0];
  return ('0' <= c && c <= '9') || ('A' <= c && c <= 'Z') || ('a' <= c && c <= 'z') || c == '.' || c == '_' ||
         c == '/' || c >= unicode::kRuneSelf;
}

}  // namespace

// noder.go pragma.
void DirectiveCollector::directive(Pos pos, bool blankLine, std::string_view text) {
  if (!blankLine) {
    // A directive must be on a line by itself.
    error(pos, "misplaced compiler directive");
    return;
  }
  if (text.starts_with("go:linkname ")) {
    // The second argument defaults to the symbol name in package main (-p main).
    size_t n = countFields(text);
    if (n < 2 || n > 3) {
      error(pos, "usage: //go:linkname localname [linkname]");
      return;
    }
    linknames_.push_back(pos);
    return;
  }
  if (text == "go:embed" || text.starts_with("go:embed ")) {
    std::string err;
    int n = countGoEmbedPatterns(text.substr(8), &err);
    if (n < 0) error(pos, err);
    if (n <= 0) {
      error(pos, "usage: //go:embed pattern...");
      return;
    }
    embeds_.push_back(pos);
    return;
  }
  // noder.go isCgoGeneratedFile: a file whose name (as a line directive may give it) starts with "_cgo_".
  std::string_view file = files_.relative(pos).filename;
  if (size_t slash = file.rfind('/'); slash != std::string_view::npos) file.remove_prefix(slash + 1);
  bool cgoGenerated = file.starts_with("_cgo_");
  if (text.starts_with("go:cgo_import_dynamic ")) {
    // Permitted for general use (golang.org/x/sys/unix relies on it on Solaris).
    std::vector<std::string_view> f = pragmaFields(text);
    if (f.size() >= 4) {
      std::string_view lib = trimQuotes(f[3]);
      if (!lib.empty() && !safeArg(lib) && !cgoGenerated) {
        error(pos, "invalid library name " + unicode::quote(lib) + " in cgo_import_dynamic directive");
      }
      cgoDirective(pos, text);
      return;
    }
  }
  if (text.starts_with("go:cgo_")) {
    if (!cgoGenerated) error(pos, "//" + std::string(text) + " only allowed in cgo-generated code");
    cgoDirective(pos, text);
  }
  std::string_view verb = text.substr(0, text.find(' '));
  uint32_t flag = pragmaFlag(verb);
  if (flag & kRuntimePragmas) error(pos, "//" + std::string(verb) + " only allowed in runtime");
  if (flag == kUintptrKeepAlive) error(pos, "//" + std::string(verb) + " is only allowed in the standard library");
  flag_ |= flag;
  flags_.push_back({flag, pos});
}

// lex.go pragcgo: the usage errors.
void DirectiveCollector::cgoDirective(Pos pos, std::string_view text) {
  std::vector<std::string_view> f = pragmaFields(text);
  std::string_view verb = f[0].substr(f[0].starts_with("go:") ? 3 : 0);
  size_t n = f.size();
  if (verb == "cgo_export_static" || verb == "cgo_export_dynamic") {
    if (!(n == 2 && !isQuoted(f[1])) && !(n == 3 && !isQuoted(f[1]) && !isQuoted(f[2]))) {
      error(pos, "usage: //go:" + std::string(verb) + " local [remote]");
    }
  } else if (verb == "cgo_import_dynamic") {
    if (!(n == 2 && !isQuoted(f[1])) && !(n == 3 && !isQuoted(f[1]) && !isQuoted(f[2])) &&
        !(n == 4 && !isQuoted(f[1]) && !isQuoted(f[2]) && isQuoted(f[3]))) {
      error(pos, "usage: //go:cgo_import_dynamic local [remote [\"library\"]]");
    }
  } else if (verb == "cgo_import_static") {
    if (!(n == 2 && !isQuoted(f[1]))) error(pos, "usage: //go:cgo_import_static local");
  } else if (verb == "cgo_dynamic_linker") {
    if (!(n == 2 && isQuoted(f[1]))) error(pos, "usage: //go:cgo_dynamic_linker \"path\"");
  } else if (verb == "cgo_ldflag") {
    if (!(n == 2 && isQuoted(f[1]))) error(pos, "usage: //go:cgo_ldflag \"arg\"");
  }
}

Pragma* DirectiveCollector::take(Arena& arena) {
  if (flags_.empty() && embeds_.empty()) return nullptr;
  Pragma* p = arena.make<Pragma>();
  p->flag = flag_;
  p->flags = arena.copy(flags_);
  p->embeds = arena.copy(embeds_);
  flag_ = 0;
  flags_.clear();
  embeds_.clear();
  return p;
}

// noder.go checkUnusedDuringParse.
void DirectiveCollector::reportUnused() {
  for (const PragmaPos& p : flags_) {
    if (p.flag & flag_) error(p.pos, "misplaced compiler directive");
  }
  for (Pos p : embeds_) error(p, "misplaced go:embed directive");
  flag_ = 0;
  flags_.clear();
  embeds_.clear();
}

namespace {

// What irgen (decl.go, noder.go) reports about the directives of declarations.
class DirectiveChecker {
 public:
  explicit DirectiveChecker(DiagnosticSink& diags) : diags_(diags) {}

  void file(File* f) {
    pragmaFlags(f->pragma, kGoBuildPragma);
    for (Decl* d : f->decls) decl(d);
    // processPragmas: goji compiles no file that imports "unsafe".
    for (Pos p : f->linknames) {
      diags_.error(p, "//go:linkname only allowed in Go files that import \"unsafe\"", true);
    }
  }

 private:
  // decl.go reportUnused: the directives with flags in `flag`, and //go:embed ones.
  void reportUnused(const Pragma* p, uint32_t flag, bool embeds) {
    for (const PragmaPos& f : p->flags) {
      if (f.flag & flag) diags_.error(f.pos, "misplaced compiler directive");
    }
    if (embeds) {
      for (Pos e : p->embeds) diags_.error(e, "misplaced go:embed directive");
    }
  }

  // decl.go pragmaFlags: the flags in `allowed`; reports the others.
  uint32_t pragmaFlags(const Pragma* p, uint32_t allowed) {
    if (!p) return 0;
    reportUnused(p, p->flag & ~allowed, true);
    return p->flag & allowed;
  }

  void decl(Decl* d) {
    switch (d->kind) {
      case NodeKind::ImportDecl: pragmaFlags(static_cast<ImportDecl*>(d)->pragma, 0); break;
      case NodeKind::ConstDecl: pragmaFlags(static_cast<ConstDecl*>(d)->pragma, 0); break;
      case NodeKind::TypeDecl: {
        auto* t = static_cast<TypeDecl*>(d);
        pragmaFlags(t->pragma, t->alias ? 0 : kTypePragmas);
        break;
      }
      case NodeKind::VarDecl: {
        auto* v = static_cast<VarDecl*>(d);
        if (!v->pragma) break;
        // noder.go varEmbed / checkEmbed: goji compiles no file that imports "embed".
        if (!v->pragma->embeds.empty()) {
          diags_.error(v->pragma->embeds[0], "go:embed only allowed in Go files that import \"embed\"");
        }
        reportUnused(v->pragma, v->pragma->flag, false);
        break;
      }
      case NodeKind::FuncDecl: {
        auto* f = static_cast<FuncDecl*>(d);
        uint32_t flags = pragmaFlags(f->pragma, kFuncPragmas);
        // The runtime-only and std-only flags were already errors while parsing,
        // so of irgen's flag combination checks only //go:noescape's can apply.
        if (f->body && (flags & kNoescape)) {
          diags_.error(f->pos, "can only use //go:noescape with external func implementations");
        }
        if (f->body) body(f->body);
        break;
      }
      default: break;
    }
  }

  // Local declarations, in closures too.
  void body(Node* n) {
    forEachChild(n, [&](Node* c) {
      if (DeclStmt* s = c->as<DeclStmt>()) {
        for (Decl* d : s->decls) decl(d);
      } else {
        body(c);
      }
    });
  }

  DiagnosticSink& diags_;
};

}  // namespace

void checkDirectives(std::span<File* const> files, DiagnosticSink& diags) {
  DirectiveChecker c(diags);
  for (File* f : files) c.file(f);
}

}  // namespace goji
