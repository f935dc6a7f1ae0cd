// The runtime's pointer stores (vm/rt_barrier.cpp): with the write barrier
// on, typed copies and clears store pointer words through it and must still
// behave exactly as memmove and memset, overlap included; and a program
// whose copies, appends, maps, sorts and fmt calls all take those paths
// prints what it prints with the barrier off.
#include <catch2/catch.hpp>
#include <cstring>
#include <vector>

#include "child_process.h"
#include "compiler/frontend.h"
#include "vm/engine.h"
#include "vm/runtime.h"

namespace {

using goji::rt::TypeDesc;

// struct{ p *T; n int; q *T } : pointers at words 0 and 2.
const uint8_t kMask[] = {5};
const TypeDesc kElem{24, 24, kMask, "main.e", nullptr, nullptr, nullptr, nullptr, 0, 0, 0,
                     goji::rt::Kind::Struct, 8, 0, {}};

std::vector<uint64_t> moved(bool barrier, size_t dst, size_t src, size_t n) {
  std::vector<uint64_t> words(30);
  for (size_t i = 0; i < words.size(); i++) words[i] = 1000 + i;
  goji_wb_enabled = barrier;
  goji::rt::typedmemmove(&kElem, words.data() + dst, words.data() + src, n);
  goji_wb_enabled = 0;
  return words;
}

}  // namespace

TEST_CASE("typed copies and clears through the barrier behave as memmove and memset", "[barrier]") {
  for (auto [dst, src] : {std::pair<size_t, size_t>{0, 3}, {3, 0}, {0, 12}, {12, 0}, {6, 6}}) {
    INFO("dst word " << dst << ", src word " << src);
    std::vector<uint64_t> want(30);
    for (size_t i = 0; i < want.size(); i++) want[i] = 1000 + i;
    std::memmove(want.data() + dst, want.data() + src, 4 * kElem.size);
    CHECK(moved(true, dst, src, 4) == want);
    CHECK(moved(false, dst, src, 4) == want);
  }
  std::vector<uint64_t> words(9, 7);
  goji_wb_enabled = 1;
  goji::rt::typedmemclr(&kElem, words.data(), 3);
  void* slot = nullptr;
  int x = 0;
  goji::rt::writePointer(&slot, &x);
  goji_wb_enabled = 0;
  CHECK(words == std::vector<uint64_t>(9, 0));
  CHECK(slot == &x);
}

TEST_CASE("a program runs the same with the write barrier on", "[barrier]") {
  const char* src = R"(package main

import (
	"errors"
	"fmt"
	"sort"
)

type item struct {
	name string
	next *item
	n    int
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	var items []*item
	for i := 0; i < 50; i++ {
		items = append(items, &item{name: fmt.Sprint("n", i%7), n: i})
	}
	more := make([]*item, 10)
	copy(more, items[5:])
	items = append(items[:3], items[40:]...)
	copy(items[1:], items)
	sort.Slice(items, func(i, j int) bool { return items[i].name < items[j].name || items[i].name == items[j].name && items[i].n < items[j].n })
	m := map[string][]*item{}
	for _, it := range items {
		m[it.name] = append(m[it.name], it)
	}
	delete(m, "n3")
	for k := range m {
		if k == "n1" {
			delete(m, k)
		}
	}
	keys := []string{}
	for k, v := range m {
		keys = append(keys, fmt.Sprint(k, ":", len(v)))
	}
	sort.Strings(keys)
	fmt.Println(len(items), more[0].n, keys)
	var s string
	var n int
	fmt.Sscan("hello 42", &s, &n)
	var e error = &myErr{7}
	var target *myErr
	fmt.Println(s, n, errors.As(fmt.Errorf("wrapped: %w", e), &target), target.code)
}
)";
  auto run = [&](bool barrier) {
    return goji::test::inChild([&](int fd) {
      ::dup2(fd, 1);
      goji_wb_enabled = barrier;
      goji::test::checkAndRun("barrier.go", src, 1);
    });
  };
  std::string off = run(false);
  CHECK(off == "13 5 [n0:3 n2:2 n4:1 n5:2 n6:2]\nhello 42 true 7\n");  // what Go 1.19 prints
  CHECK(run(true) == off);
}
