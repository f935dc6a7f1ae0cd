// Parser: syntax errors as Go reports them, positions, nesting limits.
#include <catch2/catch.hpp>

#include "check_helpers.h"
#include "compiler/parser.h"

using namespace goji;
using goji::test::check;
using V = std::vector<std::string>;

TEST_CASE("syntax errors match Go's wording and position", "[parser]") {
  REQUIRE(check("func main() {}") == V{"1:1: syntax error: package statement must be first"});
  REQUIRE(check("package main\nfunc main() {\n\tx := 1 +\n}\n") == V{"4:1: syntax error: unexpected }, expecting expression"});
  REQUIRE(check("package main\nfunc main()\n{\n}\n") ==
          V{"3:1: syntax error: unexpected semicolon or newline before {"});
  REQUIRE(check("package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n") ==
          V{"3:7: syntax error: cannot use assignment (x) = (1) as value"});
  REQUIRE(check("package main\nx := 1\n") == V{"2:1: syntax error: non-declaration statement outside function body"});
  REQUIRE(check("package main\nfunc main() {\n\tfor i := 0; i < 3; i := i + 1 {\n\t}\n}\n") ==
          V{"3:23: syntax error: cannot declare in post statement of for loop"});
}

TEST_CASE("branch and label errors are reported with the parse", "[parser]") {
  REQUIRE(check("package main\nfunc main() {\nL:\n\tfor {\n\t}\n}\n") == V{"3:1: label L defined and not used"});
  REQUIRE(check("package main\nfunc main() {\n\tbreak\n}\n") == V{"3:2: break is not in a loop, switch, or select"});
  REQUIRE(check("package main\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n") ==
          V{"5:3: cannot fallthrough final case in switch"});
}

TEST_CASE("a #! first line is ignored", "[parser]") {
  REQUIRE(check("#!/usr/bin/env goji\npackage main\nfunc main() {}\n").empty());
}

TEST_CASE("nesting deeper than the limit is a clear error, not a crash", "[parser]") {
  std::string deep = "package main\nfunc main() {\n\tx := " + std::string(kMaxNesting, '(') + "1" +
                     std::string(kMaxNesting, ')') + "\n\tprintln(x)\n}\n";
  V errs = check(deep);
  REQUIRE(errs.size() >= 1);
  REQUIRE(errs[0].find("not supported by goji: nesting deeper than") != std::string::npos);
  std::string ok = "package main\nfunc main() {\n\tx := " + std::string(10000, '(') + "1" + std::string(10000, ')') +
                   "\n\tprintln(x)\n}\n";
  REQUIRE(check(ok).empty());
}

TEST_CASE("exprString prints Go's short form", "[parser]") {
  REQUIRE(exprString(nullptr).empty());
  REQUIRE(check("package main\nfunc main() {\n\tf := func(a, b int) int { return a }\n\tvar s string = f\n}\n") ==
          V{"4:17: cannot use f (variable of type func(a int, b int) int) as type string in variable declaration"});
}
