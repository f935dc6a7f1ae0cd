#include "vm/engine.h"

#include <signal.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>

#include "compiler/codegen.h"
#include "compiler/frontend.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"
#include "vm/cache.h"
#include "vm/jit.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"

namespace goji {

namespace rt {
extern void (*goPanicDottype)(void*, const uint8_t*, int64_t, const uint8_t*, int64_t, const uint8_t*, int64_t,
                              const uint8_t*, int64_t, const uint8_t*, int64_t, const uint8_t*, int64_t);
extern void (*goPanicUncomparable)(void*, const uint8_t*, int64_t);
extern void (*goPanicUnhashable)(void*, const uint8_t*, int64_t);
extern void (*goPanicPlain)(void*, const uint8_t*, int64_t);
}  // namespace rt

namespace {

// Appends "0x" and v in hex to buf at n (async-signal-safe).
size_t appendHex(char* buf, size_t n, uint64_t v) {
  buf[n++] = '0';
  buf[n++] = 'x';
  int shift = 60;
  while (shift > 0 && (v >> shift) == 0) shift -= 4;
  for (; shift >= 0; shift -= 4) buf[n++] = "0123456789abcdef"[(v >> shift) & 15];
  return n;
}

size_t append(char* buf, size_t n, const char* s) {
  while (*s) buf[n++] = *s++;
  return n;
}

// A fault in the guard region below the running goroutine's stack is a
// stack overflow; anything else is a runtime bug, reported as Go does.
void onSegv(int sig, siginfo_t* info, void* ctx) {
  rt::G* g = rt::getg();
  if (g && rt::isStackOverflow(g->stack, info->si_addr)) rt::stackOverflow();
  auto addr = reinterpret_cast<uint64_t>(info->si_addr);
  auto pc = static_cast<uint64_t>(static_cast<ucontext_t*>(ctx)->uc_mcontext.gregs[REG_RIP]);
  char buf[256];
  size_t n = append(buf, 0, "unexpected fault address ");
  n = appendHex(buf, n, addr);
  n = append(buf, n, "\nfatal error: fault\n[signal ");
  n = append(buf, n, sig == SIGBUS ? "SIGBUS: bus error" : "SIGSEGV: segmentation violation");
  n = append(buf, n, " code=");
  n = appendHex(buf, n, static_cast<uint64_t>(info->si_code));
  n = append(buf, n, " addr=");
  n = appendHex(buf, n, addr);
  n = append(buf, n, " pc=");
  n = appendHex(buf, n, pc);
  n = append(buf, n, "]\n");
  (void)!::write(2, buf, n);
  _exit(2);
}

// Every M installs its own signal stack (proc.cpp's mstart); the handler is
// process-wide.
void installSignalHandlers() {
  struct sigaction sa{};
  sa.sa_sigaction = onSegv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

[[noreturn]] void internalError(const std::string& what) {
  std::fprintf(stderr, "goji: internal error: %s\n", what.c_str());
  std::fflush(stderr);
  _exit(2);
}

// Site strings live as long as the process.
std::deque<std::string> siteStrings;

}  // namespace

namespace {

// Looks up a symbol of the linked program; nullptr if it has none.
using Resolver = std::function<void*(const char* name)>;

// Registers the program's call sites, resolves its entry points, then runs
// goji.main as the main goroutine of the scheduler, which exits.
[[noreturn]] void runLinked(const Resolver& resolve, const CompiledProgram& prog, const RunOptions& opts,
                            const std::function<void()>& linked) {
  std::vector<rt::Site>* sites = new std::vector<rt::Site>();
  for (const SiteInfo& s : prog.sites) {
    const char* fn = siteStrings.emplace_back(s.function).c_str();
    const char* file = siteStrings.emplace_back(s.file).c_str();
    sites->push_back(rt::Site{fn, file, s.line, s.col, s.wrapper});
  }
  rt::registerSites(sites->data(), sites->size());

  void* entry = resolve(prog.entry.c_str());
  if (!entry) internalError("the program has no " + prog.entry);
  auto* roots = static_cast<const rt::GlobalRoot*>(resolve("goji.roots"));
  auto* nroots = static_cast<const int64_t*>(resolve("goji.nroots"));
  if (!roots || !nroots) internalError("the program has no goji.roots");
  rt::registerGlobalRoots(roots, static_cast<size_t>(*nroots));
  rt::goPanicDottype = reinterpret_cast<decltype(rt::goPanicDottype)>(resolve("runtime.panicdottype"));
  rt::goPanicUncomparable = reinterpret_cast<decltype(rt::goPanicUncomparable)>(resolve("runtime.panicuncomparable"));
  rt::goPanicUnhashable = reinterpret_cast<decltype(rt::goPanicUnhashable)>(resolve("runtime.panicunhashable"));
  rt::goPanicPlain = reinterpret_cast<decltype(rt::goPanicPlain)>(resolve("runtime.panicplain"));
  if (linked) linked();

  std::vector<std::string> args = opts.args;
  rt::setArgs(std::move(args));

  installSignalHandlers();
  rt::schedmain(reinterpret_cast<void (*)()>(entry));
}

std::unique_ptr<Jit> createJit(int optLevel) {
  auto jit = Jit::create(JitOptions{optLevel});
  if (!jit) internalError(llvm::toString(jit.takeError()));
  return std::move(*jit);
}

// Resolves through the JIT, which links the program on the first lookup.
// Linking errors are fatal; a missing symbol is nullptr.
Resolver jitResolver(Jit& jit) {
  return [&jit](const char* name) -> void* {
    auto p = jit.lookup(name);
    if (p) return *p;
    std::string err = llvm::toString(p.takeError());
    if (err.find("Symbols not found") == std::string::npos) internalError(err);
    return nullptr;
  };
}

}  // namespace

int runProgram(Program& prog, Package* mainPkg, const RunOptions& opts) {
  std::unique_ptr<Jit> jit = createJit(opts.optLevel);
  CompiledProgram compiled;
  std::string object;
  int status = -1;
  // Code generation and LLVM recurse as deeply as the program nests, as the
  // front end does: compiling ends with the entry's lookup, which links.
  runOnLargeStack([&] {
    auto ctx = std::make_unique<llvm::LLVMContext>();
    CodegenOptions copts;
    copts.optLevel = opts.optLevel;
    copts.dataLayout = jit->dataLayout();
    copts.triple = jit->triple();
    copts.hasNative = [](const std::string& name) { return findRuntimeSymbol(name) != nullptr; };
    CodegenResult cg = generateProgram(prog, mainPkg, *ctx, copts);
    if (!cg.diagnostics.empty()) {
      printDiagnostics(prog.files, cg.diagnostics, false, false, stderr);
      status = 1;
      return;
    }

    std::string problems;
    llvm::raw_string_ostream os(problems);
    if (llvm::verifyModule(*cg.module, &os)) internalError("invalid IR generated:\n" + os.str());
    if (opts.emitLLVM) {
      // The module as the JIT compiles it: optimized, with statepoints.
      if (llvm::Error err = Jit::optimize(*cg.module, opts.optLevel)) internalError(llvm::toString(std::move(err)));
      cg.module->print(llvm::outs(), nullptr);
      llvm::outs().flush();
      status = 0;
      return;
    }

    compiled.sites = std::move(cg.sites);
    compiled.entry = cg.entry;
    if (!opts.cacheKey.empty()) jit->captureObjects(&object);
    if (llvm::Error err = jit->addModule(std::move(cg.module), std::move(ctx))) {
      internalError(llvm::toString(std::move(err)));
    }
    jitResolver(*jit)(compiled.entry.c_str());
  });
  if (status >= 0) return status;
  runLinked(jitResolver(*jit), compiled, opts, [&] {
    if (opts.cacheKey.empty()) return;
    // Stored before the program runs and writes to its data.
    compiled.object = object;
    if (const LinkedImage* img = jit->image()) {
      compiled.image = *img;
      compiled.imageBytes = reinterpret_cast<const uint8_t*>(img->base);
    }
    storeCachedProgram(opts.cacheKey, compiled);
  });
}

[[noreturn]] void runCompiledProgram(const CompiledProgram& prog, const RunOptions& opts) {
  if (prog.imageMapped) {
    registerImage(prog.image);
    runLinked([&](const char* name) { return imageSymbol(prog.image, name); }, prog, opts, nullptr);
  }
  std::unique_ptr<Jit> jit = createJit(opts.optLevel);
  if (llvm::Error err = jit->addObject(prog.object)) internalError(llvm::toString(std::move(err)));
  runLinked(jitResolver(*jit), prog, opts, nullptr);
}

}  // namespace goji
