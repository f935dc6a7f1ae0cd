#include "compiler/frontend.h"

#include <pthread.h>

#include <algorithm>
#include <set>

#include "compiler/checker.h"
#include "compiler/directives.h"
#include "compiler/parser.h"
#include "compiler/size_checks.h"
#include "compiler/sizes.h"
#include "compiler/stdlib_sources.h"

namespace goji {

namespace {

// 1 GiB of address space: the deepest input the parser accepts recurses
// through a few frames per level in each phase. Pages are committed lazily.
constexpr size_t kCompilerStack = size_t{1} << 30;

struct ThreadArg {
  const std::function<void()>* f;
};

void* threadMain(void* p) {
  (*static_cast<ThreadArg*>(p)->f)();
  return nullptr;
}

Package* newPackage(Program& prog, const std::string& path) {
  auto pkg = std::make_unique<Package>();
  pkg->path = path;
  pkg->scope = prog.newScope();
  pkg->scope->parent = universe().scope;
  pkg->scope->comment = "package \"" + path + "\"";
  Package* p = pkg.get();
  prog.packages[path] = std::move(pkg);
  return p;
}

// Parses one file; "#!" on the first line is ignored (it becomes a comment,
// keeping every position intact).
File* parseInput(Program& prog, std::string name, std::string text, DiagnosticSink& diags, bool skipBodies = false) {
  if (text.starts_with("#!")) text[0] = text[1] = '/';
  uint32_t index = prog.files.add(std::move(name), std::move(text));
  return parseFile(prog.arena, prog.files, index, diags, skipBodies);
}

bool isGoStdPackage(const std::string& path) {
  static const char* const kGoStd[] = {
#include "compiler/go_std_packages.inc"
  };
  for (const char* p : kGoStd) {
    if (path == p) return true;
  }
  return false;
}

class Frontend {
 public:
  Frontend(Program& prog, DiagnosticSink& diags, const FrontendOptions& opts)
      : prog_(prog), diags_(diags), opts_(opts) {}

  // Imports a standard library package, checking it first if needed.
  Package* import(const std::string& path, std::string* err) {
    if (auto it = prog_.packages.find(path); it != prog_.packages.end()) {
      if (inProgress_.count(path)) {
        *err = "import cycle not allowed";
        return nullptr;
      }
      return it->second.get();
    }
    std::vector<const StdlibFile*> sources;
    for (size_t i = 0; i < kStdlibFileCount; i++) {
      if (kStdlibFiles[i].importPath == path) sources.push_back(&kStdlibFiles[i]);
    }
    if (sources.empty()) {
      *err = isGoStdPackage(path) ? "not supported" : "package " + path + " is not in GOROOT";
      return nullptr;
    }
    Package* pkg = newPackage(prog_, path);
    inProgress_.insert(path);
    std::vector<File*> files;
    for (const StdlibFile* s : sources) {
      std::string name = "$GOJI/stdlib/" + path + "/" + s->name;
      if (File* f = parseInput(prog_, name, std::string(s->text), diags_, !opts_.checkStdlibBodies)) {
        files.push_back(f);
      }
    }
    prog_.packageFiles[path] = files;
    check(pkg, files, !opts_.checkStdlibBodies, !opts_.checkStdlibBodies);
    prog_.initOrder.push_back(pkg);
    inProgress_.erase(path);
    return pkg;
  }

  void check(Package* pkg, std::vector<File*>& files, bool ignoreBodies, bool lazy) {
    CheckConfig conf;
    conf.ignoreFuncBodies = ignoreBodies;
    conf.lazy = lazy;
    conf.importer = [this](const std::string& path, std::string* err) { return import(path, err); };
    checkers_.push_back(std::make_unique<Checker>(prog_, std::move(conf), pkg, diags_, prog_.files));
    checkers_.back()->checkFiles(files);
  }

 private:
  Program& prog_;
  DiagnosticSink& diags_;
  const FrontendOptions& opts_;
  std::set<std::string> inProgress_;
  std::vector<std::unique_ptr<Checker>> checkers_;
};

// If any construct outside the subset was found, its errors are the ones
// that matter: the rest are consequences of goji not understanding it.
std::vector<Diagnostic> finish(const DiagnosticSink& diags) {
  std::vector<Diagnostic> all = diags.sorted();
  std::vector<Diagnostic> unsupported;
  for (const Diagnostic& d : all) {
    if (d.msg.starts_with("not supported by goji")) unsupported.push_back(d);
  }
  return unsupported.empty() ? all : unsupported;
}

}  // namespace

void runOnLargeStack(const std::function<void()>& f) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kCompilerStack);
  ThreadArg arg{&f};
  pthread_t thread;
  if (pthread_create(&thread, &attr, threadMain, &arg) != 0) {
    pthread_attr_destroy(&attr);
    f();  // no thread available: run on this stack (nesting is still bounded)
    return;
  }
  pthread_attr_destroy(&attr);
  pthread_join(thread, nullptr);
}

CheckResult checkProgram(std::vector<SourceInput> inputs, const FrontendOptions& opts) {
  CheckResult result;
  result.program = std::make_unique<Program>();
  runOnLargeStack([&] {
    Program& prog = *result.program;
    DiagnosticSink diags(opts.errorLimit, &result.program->files);
    std::vector<File*> files;
    bool parsed = true;
    for (SourceInput& in : inputs) {
      File* f = parseInput(prog, std::move(in.name), std::move(in.text), diags);
      if (f) {
        files.push_back(f);
      } else {
        parsed = false;
      }
    }
    // Only parse errors (syntax errors and the scanner's, such as an invalid
    // NUL character) stop compilation here: label and branch errors are
    // reported together with type errors, as Go does.
    if (!parsed || diags.syntaxErrors() > 0) {
      result.diagnostics = finish(diags);
      return;
    }
    int before = diags.count();
    for (File* f : files) checkSubset(f, diags);
    if (diags.count() > before) {
      result.diagnostics = finish(diags);
      return;
    }
    Package* pkg = newPackage(prog, "main");
    prog.packageFiles["main"] = files;
    Frontend fe(prog, diags, opts);
    if (opts.loadRuntime) {
      std::string err;
      fe.import("runtime", &err);
    }
    fe.check(pkg, files, false, false);
    prog.initOrder.push_back(pkg);
    result.pkg = pkg;
    // What Go's compiler reports after type checking succeeded, while it
    // builds its IR: misused directives, functions without bodies (the
    // standard library's bodyless functions are native), types too large.
    Sizes sizes;
    if (diags.count() == 0) {
      checkDirectives(files, diags);
      for (File* f : files) {
        for (Decl* d : f->decls) {
          if (FuncDecl* fd = d->as<FuncDecl>(); fd && !fd->body && fd->name->value != "init") {
            diags.error(fd->name->pos, "missing function body");
          }
        }
      }
      checkTypeSizes(files, pkg, sizes, diags);
    }
    // ... and then in its back end.
    if (diags.count() == 0) checkLiteralSizes(files, sizes, diags);
    if (diags.count() == 0) checkStackFrames(files, sizes, diags);
    if (diags.count() == 0) checkSymbolSizes(files, pkg, sizes, diags);
    if (diags.count() == 0 && opts.requireMain && pkg->name == "main") {
      Object* m = pkg->scope->lookup("main");
      if (!m || !m->is<Func>()) diags.error(Pos{}, "function main is undeclared in the main package");
    }
    result.diagnostics = finish(diags);
  });
  return result;
}

CheckResult checkStdlibPackage(const std::string& importPath, const FrontendOptions& opts) {
  CheckResult result;
  result.program = std::make_unique<Program>();
  runOnLargeStack([&] {
    DiagnosticSink diags(opts.errorLimit, &result.program->files);
    FrontendOptions o = opts;
    Frontend fe(*result.program, diags, o);
    std::string err;
    // Imported packages are checked without bodies; this one with them.
    std::vector<const StdlibFile*> sources;
    for (size_t i = 0; i < kStdlibFileCount; i++) {
      if (kStdlibFiles[i].importPath == importPath) sources.push_back(&kStdlibFiles[i]);
    }
    std::vector<File*> files;
    for (const StdlibFile* s : sources) {
      std::string name = "$GOJI/stdlib/" + importPath + "/" + s->name;
      if (File* f = parseInput(*result.program, name, std::string(s->text), diags)) files.push_back(f);
    }
    if (diags.count() == 0) {
      Package* pkg = newPackage(*result.program, importPath);
      fe.check(pkg, files, false, false);
      result.pkg = pkg;
    }
    result.diagnostics = finish(diags);
  });
  return result;
}

std::vector<std::string> stdlibPackages() {
  std::set<std::string> paths;
  for (size_t i = 0; i < kStdlibFileCount; i++) paths.insert(kStdlibFiles[i].importPath);
  return {paths.begin(), paths.end()};
}

}  // namespace goji
