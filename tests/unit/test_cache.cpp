// The program cache: a program compiled once runs again from its cached
// image, mapped without LLVM, and from its object when the image's address
// is taken. Each run is a child process, since a goji program ends by
// exiting; its stdout comes back through a pipe (child_process.h).
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>

#include "child_process.h"
#include "compiler/frontend.h"
#include "vm/cache.h"
#include "vm/engine.h"

namespace {

// A program that defers, recovers, allocates and uses maps, so that the
// image exercises recovery points, the heap and static data.
const char* kProgram = R"(package main

import "fmt"

type point struct{ x, y int }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	m := map[string]*point{}
	for i := 0; i < 100; i++ {
		m[fmt.Sprint("p", i)] = &point{i, i * i}
	}
	fmt.Println(len(m), *m["p7"])
	q, err := safeDiv(7, 0)
	fmt.Println(q, err)
	var s []int
	for i := 0; i < 1000; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s), s[999])
}
)";

// What Go 1.19 prints.
const char* kOutput = "100 {7 49}\n0 recovered: runtime error: integer divide by zero\n1000 1280 999\n";

// Runs body in a child with stdout redirected; returns what it printed,
// followed by " (exit status N)" if it did not exit with 0.
std::string inChild(const std::function<void()>& body) {
  return goji::test::inChild([&](int fd) {
    ::dup2(fd, 1);
    body();
  });
}

struct TempCache {
  std::string dir;
  TempCache() {
    char templ[] = "/tmp/goji-cache-test-XXXXXX";
    REQUIRE(::mkdtemp(templ) != nullptr);
    dir = templ;
    ::setenv("GOJICACHE", dir.c_str(), 1);
  }
  ~TempCache() {
    std::system(("rm -rf " + dir).c_str());
    ::unsetenv("GOJICACHE");
  }
};

void compileAndRun(const std::string& key) { goji::test::checkAndRun("cached.go", kProgram, 1, key); }

// Runs the cached program; exits 6 if there is none, 7 if mapped is not
// what became of its image.
void runCached(const std::string& key, bool wantMapped) {
  auto p = goji::loadCachedProgram(key);
  if (!p) ::_exit(6);
  if (p->imageMapped != wantMapped) ::_exit(7);
  goji::RunOptions ropts;
  ropts.optLevel = 1;
  ropts.args = {"cached.go"};
  goji::runCompiledProgram(*p, ropts);
}

}  // namespace

TEST_CASE("a cached program runs from its image, or from its object when the image's address is taken",
          "[cache]") {
  TempCache cache;
  std::string key = goji::programCacheKey("cached.go", kProgram, 1);
  REQUIRE(!key.empty());
  REQUIRE(inChild([&] { compileAndRun(key); }) == kOutput);
  CHECK(inChild([&] { runCached(key, true); }) == kOutput);
  CHECK(inChild([&] {
          // Take every address a JIT region could have: the image cannot be mapped.
          ::mmap(reinterpret_cast<void*>(uintptr_t{1} << 44), uintptr_t{64} << 30, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
          runCached(key, false);
        }) == kOutput);
}

TEST_CASE("a truncated cache entry is a miss or still runs", "[cache]") {
  TempCache cache;
  std::string key = goji::programCacheKey("cached.go", kProgram, 1);
  REQUIRE(inChild([&] { compileAndRun(key); }) == kOutput);
  std::string path = cache.dir + "/" + key;
  std::ifstream in(path, std::ios::binary);
  std::string entry((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(entry.size() > 4096);
  for (size_t len : {size_t{0}, size_t{5}, size_t{64}, size_t{1000}, entry.size() / 2, entry.size() - 4096,
                     entry.size() - 1}) {
    INFO("truncated to " << len);
    REQUIRE(::truncate(path.c_str(), 0) == 0);
    std::ofstream(path, std::ios::binary).write(entry.data(), static_cast<std::streamsize>(len));
    std::string out = inChild([&] {
      auto p = goji::loadCachedProgram(key);
      if (!p) ::_exit(0);
      goji::RunOptions ropts;
      ropts.optLevel = 1;
      ropts.args = {"cached.go"};
      goji::runCompiledProgram(*p, ropts);
    });
    CHECK((out.empty() || out == kOutput));
  }
}
