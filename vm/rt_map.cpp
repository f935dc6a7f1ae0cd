// Maps: Go's hash map with any comparable key (runtime/map.go's contract:
// mapaccess returns a pointer to the element or null, mapassign a pointer to
// the element slot to store into).
//
// Layout: open addressing with linear probing. Entries (key, then element)
// live in the slot array itself, and a parallel array of control bytes
// says per slot whether it is empty, deleted, or live with 7 bits of its
// key's hash. A probe reads control bytes, which are dense enough to stay in
// cache, and touches an entry only when its tag matches: a lookup costs one
// entry access and the key comparison, as a Go bucket does.
//
// Invariants:
//   - At most three quarters of the slots are used (live or deleted), so
//     every probe ends at an empty slot.
//   - Deleting clears the entry (dropping its references) and leaves a
//     deleted marker; inserting reuses the first deleted slot on its probe.
//   - Growing (or clearing) bumps the generation. Rebuilt arrays are fresh:
//     the old ones are never written again.
//   - An iterator walks a snapshot of the arrays from a random slot (Go
//     randomizes iteration order). While the generation is unchanged it reads
//     the live arrays; after a rebuild it re-looks each snapshot key up in
//     the live map, so entries deleted during iteration are not produced and
//     elements are current. Keys unequal to themselves (NaNs) cannot be
//     looked up or deleted: the snapshot's entries stand, unless the map
//     was cleared since the iteration began.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <random>

#include "gc/heap.h"
#include "vm/runtime.h"
#include "vm/rt_types.h"
#include "vm/runtime_symbols.h"

namespace goji::rt {

bool valueEqual(const TypeDesc* t, const void* a, const void* b);
uint64_t valueHash(const TypeDesc* t, const void* p, uint64_t h);
uint64_t memhash(const void* data, uint64_t n, uint64_t h);

namespace {

struct HMap {
  int64_t count;  // live entries: len(m) reads this word directly
  int64_t used;   // live and deleted slots
  int64_t nslots;  // a power of two, 0 before the first insert
  uint64_t seed;
  uint64_t generation;  // bumped when the arrays are rebuilt or cleared
  uint8_t* ctrl;        // nslots control bytes
  uint8_t* slots;       // nslots entries of Layout::size bytes
  const TypeDesc* mapType;
  uint64_t clears;  // bumped when the map is cleared
};

constexpr uint8_t kEmpty = 0;
constexpr uint8_t kDeleted = 1;
constexpr uint8_t kLive = 0x80;  // | the hash's top 7 bits

uint8_t tagOf(uint64_t h) { return static_cast<uint8_t>(kLive | (h >> 57)); }

struct Layout {
  uint64_t elemOff, size;
};

Layout layoutOf(const TypeDesc* mt) {
  const TypeDesc* k = mt->key;
  const TypeDesc* e = mt->elem;
  auto alignUp = [](uint64_t x, uint64_t a) { return (x + a - 1) & ~(a - 1); };
  uint64_t align = std::max({uint64_t{1}, uint64_t(k->align), uint64_t(e->align)});
  Layout l;
  l.elemOff = alignUp(k->size, e->align ? e->align : 1);
  l.size = std::max(alignUp(l.elemOff + e->size, align), uint64_t{1});
  return l;
}

uint64_t hashKey(const HMap* m, const void* key) {
  const TypeDesc* k = m->mapType->key;
  if (k->kind == Kind::String) {
    const auto* s = static_cast<const String*>(key);
    return memhash(s->data, static_cast<uint64_t>(s->len), m->seed);
  }
  if ((k->flags & kRegularMemory) && k->size == 8) {
    uint64_t v;
    std::memcpy(&v, key, 8);
    v ^= m->seed;
    v *= 0x9e3779b97f4a7c15ULL;
    return v ^ (v >> 31);
  }
  if (k->flags & kRegularMemory) return memhash(key, k->size, m->seed);
  // valueHash's mixing leaves the low bits, which pick the slot, to the low
  // bits of the last value: all zero for an integral float64. murmur3's
  // finalizer spreads the whole word over them.
  uint64_t h = valueHash(k, key, m->seed);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  return h ^ (h >> 33);
}

// Map keys are mostly short, of varying length: word loads without a loop
// over the bytes, whose exit branch mispredicts per key, or a call of memcmp.
bool bytesEqual(const uint8_t* a, const uint8_t* b, int64_t n) {
  auto word = [](const uint8_t* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  if (n < 8) return loadShort(a, static_cast<uint64_t>(n)) == loadShort(b, static_cast<uint64_t>(n));
  if (n <= 16) return word(a) == word(b) && word(a + n - 8) == word(b + n - 8);
  for (; n > 16; a += 8, b += 8, n -= 8) {
    if (word(a) != word(b)) return false;
  }
  return word(a) == word(b) && word(a + n - 8) == word(b + n - 8);
}

bool keysEqual(const TypeDesc* k, const void* a, const void* b) {
  if (k->kind == Kind::String) {
    const auto* x = static_cast<const String*>(a);
    const auto* y = static_cast<const String*>(b);
    return x->len == y->len && (x->data == y->data || bytesEqual(x->data, y->data, x->len));
  }
  if (k->flags & kRegularMemory) {
    return bytesEqual(static_cast<const uint8_t*>(a), static_cast<const uint8_t*>(b), static_cast<int64_t>(k->size));
  }
  return valueEqual(k, a, b);
}

uint8_t* slotAt(uint8_t* slots, const Layout& l, int64_t i) { return slots + i * l.size; }

bool full(const HMap* m) { return (m->used + 1) * 4 > m->nslots * 3; }

// The slot holding key, or -1; *slot receives where it is, or where it
// would be inserted.
int64_t find(const HMap* m, const Layout& l, const void* key, uint64_t h, int64_t* slot) {
  if (m->nslots == 0) return -1;
  uint64_t mask = static_cast<uint64_t>(m->nslots - 1);
  uint8_t tag = tagOf(h);
  int64_t firstDeleted = -1;
  for (uint64_t i = h & mask;; i = (i + 1) & mask) {
    uint8_t c = m->ctrl[i];
    if (c == tag && keysEqual(m->mapType->key, slotAt(m->slots, l, static_cast<int64_t>(i)), key)) {
      if (slot) *slot = static_cast<int64_t>(i);
      return static_cast<int64_t>(i);
    }
    if (c == kDeleted && firstDeleted < 0) firstDeleted = static_cast<int64_t>(i);
    if (c == kEmpty) {
      if (slot) *slot = firstDeleted >= 0 ? firstDeleted : static_cast<int64_t>(i);
      return -1;
    }
  }
}

// Rebuilds the arrays with room for at least `need` live entries at most
// three-eighths full, dropping deleted slots.
void rebuild(HMap* m, const Layout& l, int64_t need) {
  int64_t nslots = 8;
  while (need * 8 > nslots * 3) nslots *= 2;
  auto* ctrl = static_cast<uint8_t*>(gc::mallocgc(static_cast<uint64_t>(nslots), nullptr));
  const TypeDesc* slotType = mapSlotType(m->mapType, l.elemOff, l.size);
  auto* slots = static_cast<uint8_t*>(gc::mallocgc(static_cast<uint64_t>(nslots) * l.size, slotType));
  uint64_t mask = static_cast<uint64_t>(nslots - 1);
  for (int64_t i = 0; i < m->nslots; i++) {
    if (m->ctrl[i] < kLive) continue;
    uint8_t* old = slotAt(m->slots, l, i);
    uint64_t h = hashKey(m, old);
    uint64_t s = h & mask;
    while (ctrl[s] != kEmpty) s = (s + 1) & mask;
    ctrl[s] = tagOf(h);
    typedmemmove(slotType, slotAt(slots, l, static_cast<int64_t>(s)), old);
  }
  writePointer(reinterpret_cast<void**>(&m->ctrl), ctrl);
  writePointer(reinterpret_cast<void**>(&m->slots), slots);
  m->nslots = nslots;
  m->used = m->count;
  m->generation++;
}

std::mt19937_64& rng() {
  static thread_local std::mt19937_64 r(std::random_device{}());
  return r;
}

struct MapIter {
  void* key;   // current key, null when done
  void* elem;  // current element
  HMap* map;
  uint8_t* ctrl;  // snapshot of the arrays
  uint8_t* slots;
  int64_t n;
  int64_t start;
  int64_t i;  // slots visited
  uint64_t generation;
  uint64_t clears;
};

const TypeDesc* const kHMapType = runtimeType(
    "runtime.hmap", sizeof(HMap), {offsetof(HMap, ctrl), offsetof(HMap, slots), offsetof(HMap, mapType)});
const TypeDesc* const kMapIterType =
    runtimeType("runtime.hiter", sizeof(MapIter),
                {offsetof(MapIter, key), offsetof(MapIter, elem), offsetof(MapIter, map), offsetof(MapIter, ctrl),
                 offsetof(MapIter, slots)});

// Go's hashMightPanic (reflectdata): whether hashing a key of type t may
// meet an unhashable dynamic type.
bool hashMightPanic(const TypeDesc* t) {
  switch (t->kind) {
    case Kind::Interface: return true;
    case Kind::Array: return hashMightPanic(t->elem);
    case Kind::Struct: {
      const auto* fields = static_cast<const StructField*>(t->fields);
      for (uint64_t i = 0; i < t->len; i++) {
        if (hashMightPanic(fields[i].type)) return true;
      }
      return false;
    }
    default: return false;
  }
}

}  // namespace

int64_t mapEntrySlots(const void* map) {
  const auto* m = static_cast<const HMap*>(map);
  return m ? m->nslots : 0;
}

bool mapEntry(const void* map, int64_t slot, void** key, void** elem) {
  const auto* m = static_cast<const HMap*>(map);
  if (!m || slot < 0 || slot >= m->nslots || m->ctrl[slot] < kLive) return false;
  Layout l = layoutOf(m->mapType);
  *key = slotAt(m->slots, l, slot);
  *elem = slotAt(m->slots, l, slot) + l.elemOff;
  return true;
}

}  // namespace goji::rt

using namespace goji::rt;

extern "C" {

void* goji_makemap(const TypeDesc* mapType, int64_t hint) {
  GOJI_ANCHOR;
  auto* m = static_cast<HMap*>(goji::gc::mallocgc(sizeof(HMap), kHMapType));
  m->mapType = mapType;  // static data: no barrier
  m->seed = rng()();
  if (hint > 0) rebuild(m, layoutOf(mapType), hint);
  return m;
}

void* goji_mapaccess(const TypeDesc* mapType, HMap* m, const void* key) {
  if (!m || m->count == 0) {
    // Hashing still happens in Go (unhashable keys panic even on empty maps).
    if (hashMightPanic(mapType->key)) {
      GOJI_ANCHOR;
      valueHash(mapType->key, key, 0);
    }
    return nullptr;
  }
  GOJI_ANCHOR;
  Layout l = layoutOf(mapType);
  int64_t e = find(m, l, key, hashKey(m, key), nullptr);
  return e < 0 ? nullptr : slotAt(m->slots, l, e) + l.elemOff;
}

void* goji_mapaccess_str(const TypeDesc* mapType, HMap* m, const uint8_t* data, int64_t len) {
  String k{data, len};
  return goji_mapaccess(mapType, m, &k);
}

// The element slot for key, inserting a zero element if absent. m is non-nil.
void* goji_mapassign(const TypeDesc* mapType, HMap* m, const void* key) {
  GOJI_ANCHOR;
  Layout l = layoutOf(mapType);
  uint64_t h = hashKey(m, key);
  int64_t slot;
  int64_t e = find(m, l, key, h, &slot);
  if (e >= 0) {
    // As Go's needkeyupdate: the stored key takes the new one's bits (+0 vs
    // -0 are equal keys but print differently).
    uint8_t* ent = slotAt(m->slots, l, e);
    typedmemmove(mapType->key, ent, key);
    return ent + l.elemOff;
  }
  if (m->nslots == 0 || (m->ctrl[slot] == kEmpty && full(m))) {
    rebuild(m, l, m->count + 1);
    find(m, l, key, h, &slot);
  }
  if (m->ctrl[slot] == kEmpty) m->used++;
  m->ctrl[slot] = tagOf(h);
  uint8_t* ent = slotAt(m->slots, l, slot);
  typedmemmove(mapType->key, ent, key);
  m->count++;
  return ent + l.elemOff;
}

void* goji_mapassign_str(const TypeDesc* mapType, HMap* m, const uint8_t* data, int64_t len) {
  String k{data, len};
  return goji_mapassign(mapType, m, &k);
}

// A map literal whose keys and elements are static data: n keys and n
// elements, laid out as arrays of the key and element types.
void* goji_makemap_static(const TypeDesc* mapType, const uint8_t* keys, const uint8_t* elems, int64_t n) {
  GOJI_ANCHOR;
  void* m = goji_makemap(mapType, n);
  for (int64_t i = 0; i < n; i++) {
    void* slot = goji_mapassign(mapType, static_cast<HMap*>(m), keys + i * mapType->key->size);
    typedmemmove(mapType->elem, slot, elems + i * mapType->elem->size);
  }
  return m;
}

void goji_mapdelete(const TypeDesc* mapType, HMap* m, const void* key) {
  if (!m || m->count == 0) {
    if (hashMightPanic(mapType->key)) {  // unhashable keys panic even here
      GOJI_ANCHOR;
      valueHash(mapType->key, key, 0);
    }
    return;
  }
  GOJI_ANCHOR;
  Layout l = layoutOf(mapType);
  uint64_t h = hashKey(m, key);
  int64_t slot;
  int64_t e = find(m, l, key, h, &slot);
  if (e < 0) return;
  // Drop the references the key and element hold.
  uint8_t* ent = slotAt(m->slots, l, e);
  typedmemclr(mapType->key, ent);
  typedmemclr(mapType->elem, ent + l.elemOff);
  m->ctrl[e] = kDeleted;
  m->count--;
}

void goji_mapdelete_str(const TypeDesc* mapType, HMap* m, const uint8_t* data, int64_t len) {
  String k{data, len};
  goji_mapdelete(mapType, m, &k);
}

void goji_mapclear(const TypeDesc* mapType, HMap* m) {
  if (!m) return;
  if (m->nslots) {
    std::memset(m->ctrl, kEmpty, static_cast<uint64_t>(m->nslots));
    Layout l = layoutOf(mapType);
    typedmemclr(mapSlotType(mapType, l.elemOff, l.size), m->slots, static_cast<uint64_t>(m->nslots));
  }
  m->used = 0;
  m->count = 0;
  m->generation++;
  m->clears++;
}

void goji_mapiternext(MapIter* it) {
  HMap* m = it->map;
  writePointer(&it->key, nullptr);
  writePointer(&it->elem, nullptr);
  if (!m) return;
  Layout l = layoutOf(m->mapType);
  while (it->i < it->n) {
    int64_t k = (it->start + it->i++) & (it->n - 1);
    if (it->ctrl[k] < kLive) continue;
    uint8_t* ent = slotAt(it->slots, l, k);
    if (it->generation != m->generation) {
      // The map was rebuilt or cleared: produce the key only if it is still
      // there. A key unequal to itself (a NaN) cannot be looked up, nor
      // deleted: it is there, with its element, unless the map was cleared.
      if (keysEqual(m->mapType->key, ent, ent)) {
        int64_t e = find(m, l, ent, hashKey(m, ent), nullptr);
        if (e < 0) continue;
        ent = slotAt(m->slots, l, e);
      } else if (it->clears != m->clears) {
        continue;
      }
    }
    writePointer(&it->key, ent);
    writePointer(&it->elem, ent + l.elemOff);
    return;
  }
}

// Starts an iteration; the iterator's key/elem words point at the first entry
// (key null if the map is empty). Iterators are heap objects.
void* goji_mapiterinit(const TypeDesc* mapType, HMap* m) {
  GOJI_ANCHOR;
  auto* it = static_cast<MapIter*>(goji::gc::mallocgc(sizeof(MapIter), kMapIterType));
  writePointer(reinterpret_cast<void**>(&it->map), m);
  if (m && m->count > 0) {
    writePointer(reinterpret_cast<void**>(&it->ctrl), m->ctrl);
    writePointer(reinterpret_cast<void**>(&it->slots), m->slots);
    it->n = m->nslots;
    it->start = static_cast<int64_t>(rng()() & static_cast<uint64_t>(it->n - 1));
    it->generation = m->generation;
    it->clears = m->clears;
  }
  (void)mapType;
  goji_mapiternext(it);
  return it;
}

}  // extern "C"

GOJI_EXPORT(goji_makemap);
GOJI_EXPORT(goji_makemap_static);
GOJI_EXPORT(goji_mapaccess);
// The same entries, declared with a stack-slot key by generated code.
GOJI_NATIVE("goji_mapaccess_slot", goji_mapaccess);
GOJI_NATIVE("goji_mapassign_slot", goji_mapassign);
GOJI_NATIVE("goji_mapdelete_slot", goji_mapdelete);
GOJI_EXPORT(goji_mapaccess_str);
GOJI_EXPORT(goji_mapassign);
GOJI_EXPORT(goji_mapassign_str);
GOJI_EXPORT(goji_mapclear);
GOJI_EXPORT(goji_mapdelete);
GOJI_EXPORT(goji_mapdelete_str);
GOJI_EXPORT(goji_mapiterinit);
GOJI_EXPORT(goji_mapiternext);
