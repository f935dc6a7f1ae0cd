// Type checker: rules of the Go spec for goji's subset, with Go 1.19's messages.
#include <catch2/catch.hpp>

#include "check_helpers.h"
#include "compiler/frontend.h"

using namespace goji;
using goji::test::check;
using V = std::vector<std::string>;

namespace {

std::string prog(const std::string& body, const std::string& decls = "") {
  return "package main\n" + decls + "\nfunc main() {\n" + body + "\n}\n";
}

}  // namespace

TEST_CASE("untyped constants are exact and checked against their final type", "[checker]") {
  REQUIRE(check(prog("\tconst big = 1 << 100\n\tx := big >> 98\n\tprintln(x)")).empty());
  REQUIRE(check(prog("\tvar b int8 = 300\n\tprintln(b)")) ==
          V{"4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"});
  REQUIRE(check(prog("\tx := 1 << 100\n\tprintln(x)")) ==
          V{"4:7: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as int value in "
            "assignment (overflows)"});
  REQUIRE(check(prog("\tprintln(1 / 0)")) == V{"4:14: invalid operation: division by zero"});
}

TEST_CASE("unused variables and imports, missing return", "[checker]") {
  REQUIRE(check(prog("\tx := 1")) == V{"4:2: x declared but not used"});
  REQUIRE(check("package main\nimport \"os\"\nfunc main() {}\n") == V{"2:8: imported and not used: \"os\""});
  REQUIRE(check("package main\nfunc f() int {\n}\nfunc main() { f() }\n") == V{"3:1: missing return"});
  REQUIRE(check(prog("\tx := 1\n\tx := 2\n\tprintln(x)")) == V{"5:4: no new variables on left side of :="});
}

TEST_CASE("assignability and conversions", "[checker]") {
  REQUIRE(check(prog("\tvar s string = a.Balance\n\tprintln(s)",
                     "type Account struct{ Balance int }\nvar a Account\n")) ==
          V{"6:17: cannot use a.Balance (variable of type int) as type string in variable declaration"});
  REQUIRE(check(prog("\ttotal, n := 1, 2.0\n\tprintln(total / n)")) ==
          V{"5:10: invalid operation: total / n (mismatched types int and float64)"});
}

TEST_CASE("interfaces report the missing method", "[checker]") {
  std::string decls = "type I interface{ M() }\ntype T struct{}\nfunc (t *T) M() {}\n";
  REQUIRE(check(prog("\tvar i I = T{}\n\t_ = i", decls)) ==
          V{"7:12: cannot use T{} (value of type T) as type I in variable declaration:\n\tT does not implement I (M "
            "method has pointer receiver)"});
}

TEST_CASE("undefined names and the 10-error limit", "[checker]") {
  REQUIRE(check(prog("\tprintln(y)")) == V{"4:10: undefined: y"});
  std::string many;
  for (int i = 0; i < 12; i++) many += "\tprintln(u" + std::to_string(i) + ")\n";
  V errs = check(prog(many), 10);
  REQUIRE(errs.size() == 11);
  REQUIRE(errs.back() == "13:10: too many errors");
}

TEST_CASE("constructs outside the subset are reported as not supported", "[checker]") {
  REQUIRE(check("package main\nfunc F[T any](x T) T { return x }\nfunc main() {}\n") ==
          V{"2:8: not supported by goji: generics (type parameters)"});
  REQUIRE(check("package main\nimport \"unsafe\"\nfunc main() { _ = unsafe.Sizeof(1) }\n") ==
          V{"2:8: not supported by goji: package unsafe"});
  REQUIRE(check(prog("\tvar c complex128\n\t_ = c")) == V{"4:8: not supported by goji: complex numbers (complex128)"});
}

TEST_CASE("every standard library package type-checks with its bodies", "[checker][stdlib]") {
  for (const std::string& path : stdlibPackages()) {
    INFO(path);
    CheckResult r = checkStdlibPackage(path, FrontendOptions{0, false, false});
    std::string errs;
    for (const Diagnostic& d : r.diagnostics) {
      errs += r.program->files.format(d.pos) + ": " + d.msg + "\n";
    }
    INFO(errs);
    REQUIRE(r.diagnostics.empty());
  }
}
