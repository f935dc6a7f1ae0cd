// Directives: //line positions, //go: directives Go checks, and the size
// limits Go's compiler enforces after type checking. Expectations are go1.19.8's.
#include <catch2/catch.hpp>

#include "check_helpers.h"
#include "compiler/frontend.h"
#include "compiler/sizes.h"

using namespace goji;
using goji::test::check;
using goji::test::checkPrinted;
using V = std::vector<std::string>;

TEST_CASE("line directives change reported positions", "[directives]") {
  // Errors are sorted by position base in order of first use, then by position in the file.
  REQUIRE(checkPrinted("package main\n\nfunc main() {\n//line foo.go:100\n\tx := 1\n/*line bar.go:200:5*/ y := 2\n"
                       "//line :300:7\n\tz := 3\n//line baz.go:7:0\n\tw := 4\n}\n") ==
          V{"bar.go:300:8: z declared but not used", "bar.go:301:17: invalid column number: 0",
            "bar.go:302:2: w declared but not used", "bar.go:200:6: y declared but not used",
            "foo.go:100: x declared but not used"});
  // Positions cited in messages add the place in the file.
  REQUIRE(checkPrinted("package main\n\n//line a.go:10:3\nvar x int\n\nvar x string\n\nfunc main() {\n\tfor {\n"
                       "//line b.go:5\n\tL:\n\t\tbreak\n\t}\n}\n") ==
          V{"b.go:5: label L defined and not used",
            "a.go:12:5: x redeclared in this block\n\ta.go:10:7[main.go:4:5]: other declaration of x"});
  REQUIRE(checkPrinted("package main\n\n//line a.go:10:3\nfunc main() {\n\tvar c chan int\n\tselect {\n\tdefault:\n"
                       "\tdefault:\n\t}\n\t_ = c\n}\n//line :5:bad\n//line x.go:99999999999\n") ==
          V{"a.go:14:2: multiple defaults (first at a.go:13:2[main.go:7:2])", "a.go:18:11: invalid line number: bad",
            "a.go:19:13: invalid line number: 99999999999"});
  // Not directives: //line not at the start of a line, or without a line number.
  REQUIRE(checkPrinted("package main\n\nfunc main() { //line foo.go:10\n\tx := 1\n//line foo.go\n\ty := 1\n}\n") ==
          V{"main.go:4:2: x declared but not used", "main.go:6:2: y declared but not used"});
  // Go prints no column beyond 255.
  REQUIRE(checkPrinted("package main\n\nfunc main() {\n\t" + std::string(300, ' ') + "x := 1\n}\n") ==
          V{"main.go:4: x declared but not used"});
}

TEST_CASE("directives Go checks in a package built by go build", "[directives]") {
  // //go:linkname needs an import of "unsafe" (outside goji's subset), reported after type checking
  // and sorted after the other errors of that phase.
  REQUIRE(check("package main\n\n//go:linkname f runtime.f\nfunc f()\n\nfunc main() {}\n") ==
          V{"4:6: missing function body", "3:3: //go:linkname only allowed in Go files that import \"unsafe\""});
  REQUIRE(check("package main\n\n//go:linkname f\nfunc f() {}\nvar x int = \"s\"\n\nfunc main() {}\n") ==
          V{"5:13: cannot use \"s\" (untyped string constant) as int value in variable declaration"});
  REQUIRE(check("package main\n\n//go:embed\nvar s string\n\nfunc main() { _ = s }\n") ==
          V{"3:3: usage: //go:embed pattern..."});
  REQUIRE(check("package main\n\n//go:embed `a\nvar s string\n\nfunc main() { _ = s }\n") ==
          V{"3:3: invalid quoted string in //go:embed: `a", "3:3: usage: //go:embed pattern..."});
  REQUIRE(check("package main\n\n//go:cgo_import_dynamic a b \"-x\"\nfunc main() {}\n") ==
          V{"3:3: invalid library name \"-x\" in cgo_import_dynamic directive"});
  // Accepted directives change nothing.
  REQUIRE(check("package main\n\n//go:noinline\n//go:norace\nfunc f() {}\n\nfunc main() { f() }\n").empty());
}

TEST_CASE("gc sizes and alignments on amd64", "[directives][sizes]") {
  CheckResult r = checkProgram({SourceInput{"main.go",
                                            "package main\n"
                                            "type S struct { a bool; b int64; c int16 }\n"
                                            "type Z struct { a int32; b struct{} }\n"
                                            "type A [3]S\n"
                                            "type I interface{ M() }\n"
                                            "type F [3]float32\n"
                                            "func main() {}\n"}},
                               FrontendOptions{});
  REQUIRE(r.ok());
  Sizes sizes;
  auto typeOf = [&](const char* name) { return r.pkg->scope->lookup(name)->type; };
  REQUIRE(sizes.sizeOf(typeOf("S")) == 24);
  REQUIRE(sizes.alignOf(typeOf("S")) == 8);
  Struct* s = under(typeOf("S"))->as<Struct>();
  REQUIRE(sizes.offsetsOf(s->fields) == std::vector<int64_t>{0, 8, 16});
  REQUIRE(sizes.sizeOf(typeOf("Z")) == 8);  // a final zero-size field gets a byte, then padding
  REQUIRE(sizes.sizeOf(typeOf("A")) == 72);
  REQUIRE(sizes.sizeOf(typeOf("I")) == 16);
  REQUIRE(sizes.sizeOf(typeOf("F")) == 12);
  REQUIRE(sizes.alignOf(typeOf("F")) == 4);
  REQUIRE(sizes.sizeOf(basicType(BasicKind::String)) == 16);
}
