// Stack roots through the stack maps: programs whose live pointers at a call
// are known exactly. runtime.SetFinalizer is instrumented to record the
// pointers a program declares live, runtime.Breakpoint to enumerate the
// goroutine's roots there; the two sets must be equal. Each program runs in
// a child process, since a goji program ends by exiting.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "child_process.h"
#include "compiler/frontend.h"
#include "vm/engine.h"
#include "vm/native.h"
#include "vm/runtime_symbols.h"
#include "vm/stackwalk.h"

namespace {

std::set<void*> declaredLive;
int reportFd = -1;

void recordLive(goji::native::Ctx, const void*, void* obj, const void*, void*) { declaredLive.insert(obj); }

// Writes "ok" or the two sets to the parent.
void enumerateRoots(goji::native::Ctx) {
  GOJI_ANCHOR;
  std::set<void*> roots;
  goji::rt::walkJitFrames(goji::rt::getg(), [&](const goji::rt::JitFrame& f) {
    goji::rt::forEachRoot(f, [&](void** slot) {
      if (*slot) roots.insert(*slot);
    });
  });
  std::string report = "ok";
  if (roots != declaredLive) {
    report = "roots:";
    for (void* p : roots) report += " " + std::to_string(reinterpret_cast<uintptr_t>(p));
    report += " declared:";
    for (void* p : declaredLive) report += " " + std::to_string(reinterpret_cast<uintptr_t>(p));
  }
  (void)!::write(reportFd, report.data(), report.size());
  declaredLive.clear();
}

// Runs the program at optLevel; returns what enumerateRoots reported.
std::string runAndEnumerate(const std::string& source, int optLevel) {
  return goji::test::inChild([&](int fd) {
    reportFd = fd;
    goji::overrideRuntimeSymbol("runtime.SetFinalizer", reinterpret_cast<void*>(&recordLive));
    goji::overrideRuntimeSymbol("runtime.Breakpoint", reinterpret_cast<void*>(&enumerateRoots));
    goji::test::checkAndRun("roots.go", source, optLevel);
  });
}

// Live across the call: b (read after it) and the slice's array (indexed
// after it). Dead: a (reachable only through b), the string (constant data
// is not a root: it is nil or static), m (never used again).
const char* kProgram = R"(package main

import "runtime"

type node struct {
	next *node
	v    int
}

func main() {
	a := &node{v: 1}
	b := &node{next: a, v: 2}
	s := make([]int, 10)
	m := map[int]int{1: 2}
	runtime.SetFinalizer(b, nil)
	runtime.SetFinalizer(&s[0], nil)
	_ = m
	runtime.Breakpoint()
	println(b.v, s[3])
}
)";

// A root in a caller's frame: the callee's frame holds nothing live.
const char* kCallerProgram = R"(package main

import "runtime"

type box struct{ v [4]int }

//go:noinline
func inner(n int) int {
	runtime.Breakpoint()
	return n + 1
}

func main() {
	p := &box{}
	runtime.SetFinalizer(p, nil)
	n := inner(3)
	println(p.v[0] + n)
}
)";

}  // namespace

TEST_CASE("stack maps enumerate exactly the live pointers", "[roots]") {
  for (int opt : {0, 2}) {
    INFO("-O" << opt);
    CHECK(runAndEnumerate(kProgram, opt) == "ok");
    CHECK(runAndEnumerate(kCallerProgram, opt) == "ok");
  }
}
