// Interfaces: itabs, dynamic type checks, and equality and hashing of
// values described by type descriptors (runtime/iface.go, alg.go).
#include <cmath>
#include <cstring>
#include <atomic>
#include <mutex>

#include "gc/heap.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"
#include "vm/sched.h"

namespace goji::rt {

// Go functions of package runtime the C++ runtime raises errors through
// (resolved by the engine once the runtime package is loaded). They follow
// the Go calling convention: closure context first, strings flattened.
using Str = const uint8_t*;
void (*goPanicDottype)(void*, Str, int64_t, Str, int64_t, Str, int64_t, Str, int64_t, Str, int64_t, Str,
                       int64_t) = nullptr;
void (*goPanicUncomparable)(void*, Str, int64_t) = nullptr;
void (*goPanicUnhashable)(void*, Str, int64_t) = nullptr;

namespace {

// A C string as a Go string; "" is the nil string (a pointer into the C++
// program's data must never pass for a Go reference).
String cstr(const char* s) {
  if (!*s) return String{nullptr, 0};
  return String{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(std::strlen(s))};
}

[[noreturn]] void panicUncomparable(const TypeDesc* t) {
  if (goPanicUncomparable) goPanicUncomparable(nullptr, cstr(t->str).data, cstr(t->str).len);
  fatal(std::string("comparing uncomparable type ") + t->str);
}

// The itabs made so far, and the pairs found not to match (tab null), in
// an open-addressing table read without a lock, as Go's itabTable: entries
// and tables are immutable once published and never freed; writers hold
// itabMu, and a full table is replaced by one twice its size.
struct ItabEntry {
  const TypeDesc* inter;
  const TypeDesc* type;
  const Itab* tab;      // null: type does not implement inter
  const char* missing;  // then the first method it lacks
};

struct ItabTable {
  size_t mask;   // size - 1, size a power of two
  size_t count;  // guarded by itabMu
  std::atomic<const ItabEntry*>* slots;
};

std::mutex itabMu;
std::atomic<ItabTable*> itabTable{nullptr};

size_t itabHash(const TypeDesc* inter, const TypeDesc* t) {
  uint64_t h = reinterpret_cast<uintptr_t>(inter) * 0x9E3779B97F4A7C15ull ^ reinterpret_cast<uintptr_t>(t);
  h *= 0xBF58476D1CE4E5B9ull;
  return static_cast<size_t>(h ^ (h >> 31));
}

const ItabEntry* findEntry(const ItabTable* tab, const TypeDesc* inter, const TypeDesc* t) {
  if (!tab) return nullptr;
  for (size_t i = itabHash(inter, t) & tab->mask;; i = (i + 1) & tab->mask) {
    const ItabEntry* e = tab->slots[i].load(std::memory_order_acquire);
    if (!e) return nullptr;
    if (e->inter == inter && e->type == t) return e;
  }
}

void insertEntry(ItabTable* tab, const ItabEntry* e) {
  size_t i = itabHash(e->inter, e->type) & tab->mask;
  while (tab->slots[i].load(std::memory_order_relaxed)) i = (i + 1) & tab->mask;
  tab->slots[i].store(e, std::memory_order_release);
  tab->count++;
}

ItabTable* newItabTable(size_t size) {
  auto* tab = new ItabTable{size - 1, 0, new std::atomic<const ItabEntry*>[size]};
  for (size_t i = 0; i < size; i++) tab->slots[i].store(nullptr, std::memory_order_relaxed);
  return tab;
}

// Under itabMu.
void addEntry(const ItabEntry* e) {
  ItabTable* tab = itabTable.load(std::memory_order_relaxed);
  if (!tab || (tab->count + 1) * 4 > (tab->mask + 1) * 3) {
    ItabTable* bigger = newItabTable(tab ? (tab->mask + 1) * 2 : 512);
    for (size_t i = 0; tab && i <= tab->mask; i++) {
      if (const ItabEntry* old = tab->slots[i].load(std::memory_order_relaxed)) insertEntry(bigger, old);
    }
    itabTable.store(bigger, std::memory_order_release);  // readers of the old table still find what it held
    tab = bigger;
  }
  insertEntry(tab, e);
}

}  // namespace

bool valueEqual(const TypeDesc* t, const void* a, const void* b);

static bool ifaceDataEqual(const TypeDesc* dyn, void* a, void* b) {
  if (!dyn) return true;
  if (!(dyn->flags & kComparable)) panicUncomparable(dyn);
  if (isPointerShaped(dyn)) return a == b;
  return valueEqual(dyn, a, b);
}

bool valueEqual(const TypeDesc* t, const void* a, const void* b) {
  switch (t->kind) {
    case Kind::Float32: return *static_cast<const float*>(a) == *static_cast<const float*>(b);
    case Kind::Float64: return *static_cast<const double*>(a) == *static_cast<const double*>(b);
    case Kind::String: {
      const auto* x = static_cast<const String*>(a);
      const auto* y = static_cast<const String*>(b);
      return x->len == y->len && (x->data == y->data || std::memcmp(x->data, y->data, x->len) == 0);
    }
    case Kind::Interface: {
      const auto* x = static_cast<const Iface*>(a);
      const auto* y = static_cast<const Iface*>(b);
      const TypeDesc* dx = t->len == 0 ? static_cast<const TypeDesc*>(x->tab)
                                       : (x->tab ? static_cast<const Itab*>(x->tab)->type : nullptr);
      const TypeDesc* dy = t->len == 0 ? static_cast<const TypeDesc*>(y->tab)
                                       : (y->tab ? static_cast<const Itab*>(y->tab)->type : nullptr);
      if (dx != dy) return false;
      return ifaceDataEqual(dx, x->data, y->data);
    }
    case Kind::Array: {
      for (uint64_t i = 0; i < t->len; i++) {
        if (!valueEqual(t->elem, static_cast<const uint8_t*>(a) + i * t->elem->size,
                        static_cast<const uint8_t*>(b) + i * t->elem->size)) {
          return false;
        }
      }
      return true;
    }
    case Kind::Struct: {
      const auto* fields = static_cast<const StructField*>(t->fields);
      for (uint64_t i = 0; i < t->len; i++) {
        if (std::strcmp(fields[i].name, "_") == 0) continue;
        if (!valueEqual(fields[i].type, static_cast<const uint8_t*>(a) + fields[i].offset,
                        static_cast<const uint8_t*>(b) + fields[i].offset)) {
          return false;
        }
      }
      return true;
    }
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func: panicUncomparable(t);
    default: return std::memcmp(a, b, t->size) == 0;
  }
}

uint64_t valueHash(const TypeDesc* t, const void* p, uint64_t h);
uint64_t memhash(const void* data, uint64_t n, uint64_t h);

static uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}

// Hashes n bytes a word at a time, with murmur3's finalizer.
uint64_t memhash(const void* data, uint64_t n, uint64_t h) {
  const auto* p = static_cast<const uint8_t*>(data);
  h ^= n * 0x9e3779b97f4a7c15ULL;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  if (n) h = (h ^ loadShort(p, n)) * 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 33);
}

uint64_t valueHash(const TypeDesc* t, const void* p, uint64_t h) {
  switch (t->kind) {
    case Kind::Float32: {
      float f = *static_cast<const float*>(p);
      if (f == 0) return mix(h, 0);  // +0 and -0 are equal
      if (f != f) return mix(h, fastrand());  // NaN != NaN: a random hash, as Go's, spreads NaN keys
      uint32_t bits;
      std::memcpy(&bits, &f, 4);
      return mix(h, bits);
    }
    case Kind::Float64: {
      double f = *static_cast<const double*>(p);
      if (f == 0) return mix(h, 0);
      if (f != f) return mix(h, fastrand());
      uint64_t bits;
      std::memcpy(&bits, &f, 8);
      return mix(h, bits);
    }
    case Kind::String: {
      const auto* s = static_cast<const String*>(p);
      return memhash(s->data, static_cast<uint64_t>(s->len), h);
    }
    case Kind::Interface: {
      const auto* x = static_cast<const Iface*>(p);
      const TypeDesc* d = t->len == 0 ? static_cast<const TypeDesc*>(x->tab)
                                      : (x->tab ? static_cast<const Itab*>(x->tab)->type : nullptr);
      if (!d) return mix(h, 0);
      if (!(d->flags & kComparable)) {
        if (goPanicUnhashable) goPanicUnhashable(nullptr, cstr(d->str).data, cstr(d->str).len);
        fatal(std::string("hash of unhashable type ") + d->str);
      }
      h = mix(h, d->hash);
      return isPointerShaped(d) ? mix(h, reinterpret_cast<uintptr_t>(x->data)) : valueHash(d, x->data, h);
    }
    case Kind::Array:
      for (uint64_t i = 0; i < t->len; i++) h = valueHash(t->elem, static_cast<const uint8_t*>(p) + i * t->elem->size, h);
      return h;
    case Kind::Struct: {
      const auto* fields = static_cast<const StructField*>(t->fields);
      for (uint64_t i = 0; i < t->len; i++) {
        if (std::strcmp(fields[i].name, "_") == 0) continue;
        h = valueHash(fields[i].type, static_cast<const uint8_t*>(p) + fields[i].offset, h);
      }
      return h;
    }
    default: return memhash(p, t->size, h);
  }
}

namespace {

// A new entry for (inter, t): its itab, or the first method t lacks.
const ItabEntry* makeItabEntry(const TypeDesc* inter, const TypeDesc* t) {
  const auto* im = static_cast<const IMethod*>(inter->fields);
  uint64_t n = inter->len;
  auto* tab = static_cast<Itab*>(::operator new(sizeof(Itab) + sizeof(void*) * (n ? n - 1 : 0)));
  tab->inter = inter;
  tab->type = t;
  uint32_t j = 0;
  for (uint64_t i = 0; i < n; i++) {
    while (j < t->nmethods && std::strcmp(t->methods[j].name, im[i].name) < 0) j++;
    if (j >= t->nmethods || std::strcmp(t->methods[j].name, im[i].name) != 0 || t->methods[j].type != im[i].type) {
      ::operator delete(tab);
      return new ItabEntry{inter, t, nullptr, im[i].name};
    }
    tab->fun[i] = t->methods[j].ifn;
  }
  return new ItabEntry{inter, t, tab, nullptr};
}

}  // namespace

// The itab of concrete type t for interface inter, or null if t lacks a
// method; *missing then names the first missing method.
const Itab* findItab(const TypeDesc* inter, const TypeDesc* t, const char** missing) {
  const ItabEntry* e = findEntry(itabTable.load(std::memory_order_acquire), inter, t);
  if (!e) {
    std::lock_guard<std::mutex> lock(itabMu);
    e = findEntry(itabTable.load(std::memory_order_relaxed), inter, t);
    if (!e) {
      e = makeItabEntry(inter, t);
      addEntry(e);
    }
  }
  if (!e->tab && missing) *missing = e->missing;
  return e->tab;
}

}  // namespace goji::rt

using namespace goji::rt;

extern "C" {

// x.(T) / conversion to a non-empty interface: the itab, or null if t does
// not implement inter.
const Itab* goji_itab(const TypeDesc* inter, const TypeDesc* t) {
  if (!t) return nullptr;
  return findItab(inter, t, nullptr);
}

// Reports a failed type assertion x.(want), x having static interface type
// iface and dynamic type have (null if x is nil).
[[noreturn]] void goji_panic_assert(const TypeDesc* have, const TypeDesc* want, const TypeDesc* iface) {
  GOJI_ANCHOR;
  const char* missing = "";
  if (have && want->kind == Kind::Interface) findItab(want, have, &missing);
  if (goPanicDottype) {
    // As Go's assertE2I, a nil value asserted to an interface type names no
    // static type ("interface is nil").
    bool nameIface = iface && !(have == nullptr && want->kind == Kind::Interface);
    String h = cstr(have ? have->str : ""), w = cstr(want->str), i = cstr(nameIface ? iface->str : ""),
           m = cstr(missing);
    goPanicDottype(nullptr, h.data, h.len, nullptr, 0, w.data, w.len, nullptr, 0, i.data, i.len, m.data, m.len);
  }
  fatal("interface conversion failed");
}

bool goji_efaceeq(const TypeDesc* t, void* a, void* b) {
  GOJI_ANCHOR;
  return ifaceDataEqual(t, a, b);
}

// Equality of two values of type t stored in memory (structs and arrays
// holding interfaces or floats).
bool goji_equal(const TypeDesc* t, const void* a, const void* b) {
  GOJI_ANCHOR;
  return valueEqual(t, a, b);
}

}  // extern "C"

GOJI_EXPORT(goji_efaceeq);
GOJI_EXPORT(goji_equal);
GOJI_EXPORT(goji_itab);
GOJI_EXPORT(goji_panic_assert);
