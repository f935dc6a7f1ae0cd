// goji: the command-line driver.
//
//   goji check [-e] FILE.go...      type-check a program as Go 1.19 does
//   goji run [-O0|-O1|-O2] [-emit-llvm] FILE.go [args...]
//                                   run a program (goji FILE.go is short for it)
//   goji version                    print the version
//   goji help [command]             print help
//
// Exit status: 0 on success, 1 on compile errors, 2 on usage errors.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/frontend.h"
#include "vm/cache.h"
#include "vm/engine.h"
#include "llvm/Config/llvm-config.h"

namespace {

constexpr const char* kUsage =
    "goji is a virtual machine for a subset of Go 1.19.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tgoji <command> [arguments]\n"
    "\tgoji FILE.go [arguments]   (same as goji run FILE.go)\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\tcheck       type-check Go source files\n"
    "\trun         compile and run a Go program\n"
    "\tversion     print goji version\n"
    "\thelp        print help for a command\n"
    "\n"
    "Use \"goji help <command>\" for more information about a command.\n";

const char* commandHelp(const std::string& cmd) {
  if (cmd == "check") {
    return "usage: goji check [-e] FILE.go...\n"
           "\n"
           "Check parses and type-checks the named Go source files as one package,\n"
           "reporting errors as Go 1.19's compiler does: file:line:col: message.\n"
           "At most 10 errors are reported unless -e is given.\n"
           "\n"
           "The -e flag reports all errors.\n";
  }
  if (cmd == "run") {
    return "usage: goji run [-O0|-O1|-O2] [-emit-llvm] FILE.go [arguments...]\n"
           "       goji FILE.go [arguments...]\n"
           "\n"
           "Run compiles and runs the named Go program (\"-\" reads it from stdin).\n"
           "-emit-llvm prints the LLVM module as the JIT compiles it instead.\n"
           "Arguments after the file are passed to the program.\n";
  }
  if (cmd == "version") return "usage: goji version\n\nVersion prints the goji version.\n";
  if (cmd == "help") return "usage: goji help [command]\n\nHelp prints help for a command.\n";
  return nullptr;
}

int usageError(const std::string& msg) {
  if (!msg.empty()) std::fprintf(stderr, "goji: %s\n", msg.c_str());
  std::fputs(kUsage, stderr);
  return 2;
}

bool readSource(const std::string& path, std::string* text) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *text = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "goji: open %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return true;
}

void printErrors(const goji::CheckResult& r) {
  bool tty = isatty(STDERR_FILENO);
  const char* term = std::getenv("TERM");
  bool color = tty && !std::getenv("NO_COLOR") && !(term && std::strcmp(term, "dumb") == 0);
  goji::printDiagnostics(r.program->files, r.diagnostics, tty, color, stderr);
}

// Reads and checks the files; prints diagnostics. Returns the exit status.
int check(const std::vector<std::string>& paths, bool allErrors) {
  std::vector<goji::SourceInput> inputs;
  for (const std::string& p : paths) {
    goji::SourceInput in;
    in.name = p == "-" ? "<stdin>" : p;
    if (!readSource(p, &in.text)) return 1;
    inputs.push_back(std::move(in));
  }
  goji::FrontendOptions opts;
  opts.errorLimit = allErrors ? 0 : 10;
  goji::CheckResult r = goji::checkProgram(std::move(inputs), opts);
  if (r.ok()) return 0;
  printErrors(r);
  return 1;
}

// The default optimization level: programs run from the cache after their
// first run, so code quality wins over compile time (see vm/README.md).
constexpr int kDefaultOptLevel = 2;

// Compiles and runs args[0] with args as os.Args. Returns the exit status.
int run(const std::vector<std::string>& args, int optLevel, bool emitLLVM) {
  goji::SourceInput in;
  in.name = args[0] == "-" ? "<stdin>" : args[0];
  if (!readSource(args[0], &in.text)) return 1;
  goji::RunOptions ropts;
  ropts.optLevel = optLevel;
  ropts.emitLLVM = emitLLVM;
  ropts.args = args;
  if (!emitLLVM) {
    ropts.cacheKey = goji::programCacheKey(in.name, in.text, optLevel);
    if (auto cached = goji::loadCachedProgram(ropts.cacheKey)) goji::runCompiledProgram(*cached, ropts);
  }
  goji::FrontendOptions fopts;
  fopts.checkStdlibBodies = true;
  fopts.loadRuntime = true;
  std::vector<goji::SourceInput> inputs;
  inputs.push_back(std::move(in));
  goji::CheckResult r = goji::checkProgram(std::move(inputs), fopts);
  if (!r.ok()) {
    printErrors(r);
    return 1;
  }
  if (r.pkg->name != "main") {
    // go run's words: a file's package is command-line-arguments.
    std::fputs("package command-line-arguments is not a main package\n", stderr);
    return 1;
  }
  return goji::runProgram(*r.program, r.pkg, ropts);
}

// Whether path names a program to run directly: FILE.go, or an executable
// script whose first line is "#!".
bool isScript(const std::string& path) {
  if (path.ends_with(".go")) return true;
  if (path.empty() || path[0] == '-' || commandHelp(path)) return false;  // commands come first
  std::ifstream in(path, std::ios::binary);
  char magic[2] = {};
  return in.read(magic, 2) && magic[0] == '#' && magic[1] == '!';
}

}  // namespace

int main(int argc, char** argv) {
  // "goji FILE.go args..." runs the file.
  if (argc >= 2 && isScript(argv[1])) return run(std::vector<std::string>(argv + 1, argv + argc), kDefaultOptLevel, false);

  CLI::App app{"goji"};
  app.set_help_flag();  // help is a command, as in the go tool
  app.require_subcommand(1);

  bool allErrors = false;
  std::vector<std::string> checkFiles;
  CLI::App* checkCmd = app.add_subcommand("check", "type-check Go source files");
  checkCmd->set_help_flag();
  checkCmd->add_flag("-e", allErrors, "report all errors");
  checkCmd->add_option("files", checkFiles, "Go source files")->required();

  std::string opt;
  bool emitLLVM = false;
  std::vector<std::string> runArgs;
  CLI::App* runCmd = app.add_subcommand("run", "compile and run a Go program");
  runCmd->set_help_flag();
  runCmd->prefix_command();  // everything after the file goes to the program
  runCmd->add_option("-O", opt, "optimization level (-O0, -O1, -O2)")->check(CLI::IsMember({"0", "1", "2"}));
  runCmd->add_flag("--emit-llvm", emitLLVM, "print the LLVM module instead of running it");

  app.add_subcommand("version", "print goji version")->set_help_flag();

  std::vector<std::string> helpTopic;
  CLI::App* helpCmd = app.add_subcommand("help", "print help for a command");
  helpCmd->set_help_flag();
  helpCmd->add_option("command", helpTopic, "command");

  // Flags are spelled Go-style with one dash (-emit-llvm); CLI11 wants two for
  // long names, so flags before the first file are normalized.
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::string& a : args) {
    if (a.ends_with(".go") || a == "-") break;
    if (a.size() > 2 && a[0] == '-' && a[1] != '-' && a[1] != 'O') a.insert(0, "-");
  }
  std::reverse(args.begin(), args.end());  // CLI11 consumes a reversed vector
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    if (argc < 2) {
      std::fputs(kUsage, stderr);
      return 2;
    }
    std::string what = e.what();
    if (std::string(argv[1]).starts_with("-")) return usageError("unknown flag " + std::string(argv[1]));
    if (app.get_subcommands().empty()) return usageError("unknown command \"" + std::string(argv[1]) + "\"");
    std::fprintf(stderr, "goji: %s\n", what.c_str());
    const char* h = commandHelp(app.get_subcommands().front()->get_name());
    std::fputs(h ? h : kUsage, stderr);
    return 2;
  }

  if (checkCmd->parsed()) return check(checkFiles, allErrors);

  if (runCmd->parsed()) {
    runArgs = runCmd->remaining();
    if (runArgs.empty() || !(runArgs[0].ends_with(".go") || runArgs[0] == "-")) {
      std::fprintf(stderr, "goji run: no Go file named\n");
      std::fputs(commandHelp("run"), stderr);
      return 2;
    }
    return run(runArgs, opt.empty() ? kDefaultOptLevel : opt[0] - '0', emitLLVM);
  }

  if (app.got_subcommand("version")) {
    std::printf("goji version %s (Go 1.19 subset) LLVM %s\n", GOJI_VERSION, LLVM_VERSION_STRING);
    return 0;
  }

  if (helpCmd->parsed()) {
    if (helpTopic.empty()) {
      std::fputs(kUsage, stdout);
      return 0;
    }
    const char* h = commandHelp(helpTopic[0]);
    if (!h) {
      std::fprintf(stderr, "goji help %s: unknown help topic. Run 'goji help'.\n", helpTopic[0].c_str());
      return 2;
    }
    std::fputs(h, stdout);
    return 0;
  }
  std::fputs(kUsage, stderr);
  return 2;
}
