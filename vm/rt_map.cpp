// Maps: Go's hash map with any comparable key (runtime/map.go's contract:
// mapaccess returns a pointer to the element or null, mapassign a pointer to
// the element slot to store into).
//
// Layout: entries live in a dense array in insertion order (key, element,
// and a live flag each), indexed by an open-addressing table of entry
// numbers. Deleting marks an entry dead; growing rebuilds both arrays
// without dead entries. An iterator walks a snapshot of the entry array from
// a random start (Go randomizes iteration order), and when the map was
// rebuilt meanwhile it re-reads each key from the live map, so entries
// deleted during iteration are not produced and values are current.
// Deleting leaves a dead entry and a tombstone until the next rebuild.
#include <algorithm>
#include <cstring>
#include <random>

#include "gc/heap.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"

namespace goji::rt {

bool valueEqual(const TypeDesc* t, const void* a, const void* b);
uint64_t valueHash(const TypeDesc* t, const void* p, uint64_t h);
uint64_t memhash(const void* data, uint64_t n, uint64_t h);

namespace {

struct HMap {
  int64_t count;       // live entries: len(m) reads this word directly
  int64_t nentries;    // used entry slots (live and dead)
  int64_t capEntries;  // entry slots allocated
  int64_t nslots;      // index table size (power of two), 0 before first insert
  uint64_t seed;
  uint64_t generation;  // bumped when the arrays are rebuilt
  uint8_t* entries;     // capEntries * entrySize bytes
  int64_t* index;       // nslots entry numbers, -1 empty
  const TypeDesc* mapType;
};

struct Layout {
  uint64_t keyOff, elemOff, liveOff, size;
};

Layout layoutOf(const TypeDesc* mt) {
  const TypeDesc* k = mt->key;
  const TypeDesc* e = mt->elem;
  auto alignUp = [](uint64_t x, uint64_t a) { return (x + a - 1) & ~(a - 1); };
  uint64_t align = std::max({uint64_t{8}, uint64_t(k->align), uint64_t(e->align)});
  Layout l;
  l.keyOff = 0;
  l.elemOff = alignUp(k->size, e->align ? e->align : 1);
  l.liveOff = l.elemOff + e->size;
  l.size = alignUp(l.liveOff + 1, align);
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
  return valueHash(k, key, m->seed);
}

bool keysEqual(const TypeDesc* k, const void* a, const void* b) {
  if (k->kind == Kind::String) {
    const auto* x = static_cast<const String*>(a);
    const auto* y = static_cast<const String*>(b);
    return x->len == y->len && (x->data == y->data || std::memcmp(x->data, y->data, x->len) == 0);
  }
  if (k->flags & kRegularMemory) return std::memcmp(a, b, k->size) == 0;
  return valueEqual(k, a, b);
}

uint8_t* entryAt(const HMap* m, const Layout& l, int64_t i) { return m->entries + i * l.size; }

// Index slot values: an entry number tagged with 15 bits of its key's hash
// (so a probe skips most non-matching entries without touching them), -1
// (empty: ends a probe) or a tombstone left by a deletion (probes continue
// past it).
constexpr int64_t kTombstone = -2;
constexpr int kTagShift = 48;
constexpr int64_t kEntryMask = (int64_t{1} << kTagShift) - 1;

int64_t tagged(int64_t e, uint64_t h) { return e | static_cast<int64_t>((h >> 49) << kTagShift); }

// The entry number holding key, or -1; *slot receives the index slot where
// it is (or where it would be inserted).
int64_t find(const HMap* m, const Layout& l, const void* key, uint64_t h, int64_t* slot) {
  if (m->nslots == 0) return -1;
  uint64_t mask = static_cast<uint64_t>(m->nslots - 1);
  int64_t tag = tagged(0, h);
  for (uint64_t i = h & mask;; i = (i + 1) & mask) {
    int64_t v = m->index[i];
    if (v == kTombstone) continue;
    if (v < 0) {
      if (slot) *slot = static_cast<int64_t>(i);
      return -1;
    }
    if ((v & ~kEntryMask) != tag) continue;
    int64_t e = v & kEntryMask;
    uint8_t* ent = entryAt(m, l, e);
    if (ent[l.liveOff] && keysEqual(m->mapType->key, ent + l.keyOff, key)) {
      if (slot) *slot = static_cast<int64_t>(i);
      return e;
    }
  }
}

// Rebuilds the arrays for at least `need` live entries, dropping dead ones.
void rebuild(HMap* m, const Layout& l, int64_t need) {
  int64_t cap = 8;
  while (cap < need * 2) cap *= 2;
  int64_t nslots = cap * 2;
  auto* entries = static_cast<uint8_t*>(gc::mallocgc(static_cast<uint64_t>(cap) * l.size, nullptr));
  auto* index = static_cast<int64_t*>(gc::mallocgc(sizeof(int64_t) * static_cast<uint64_t>(nslots), nullptr));
  std::memset(index, 0xff, sizeof(int64_t) * static_cast<uint64_t>(nslots));
  int64_t n = 0;
  uint64_t mask = static_cast<uint64_t>(nslots - 1);
  for (int64_t i = 0; i < m->nentries; i++) {
    uint8_t* old = entryAt(m, l, i);
    if (!old[l.liveOff]) continue;
    std::memcpy(entries + n * l.size, old, l.size);
    uint64_t h = hashKey(m, old + l.keyOff);
    uint64_t s = h & mask;
    while (index[s] >= 0) s = (s + 1) & mask;
    index[s] = tagged(n++, h);
  }
  m->entries = entries;
  m->index = index;
  m->nentries = n;
  m->capEntries = cap;
  m->nslots = nslots;
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
  uint8_t* entries;  // snapshot of the entry array
  int64_t n;
  int64_t start;
  int64_t i;  // entries visited
  uint64_t generation;
};

}  // namespace

int64_t mapEntrySlots(const void* map) {
  const auto* m = static_cast<const HMap*>(map);
  return m ? m->nentries : 0;
}

bool mapEntry(const void* map, int64_t slot, void** key, void** elem) {
  const auto* m = static_cast<const HMap*>(map);
  if (!m || slot < 0 || slot >= m->nentries) return false;
  Layout l = layoutOf(m->mapType);
  uint8_t* ent = entryAt(m, l, slot);
  if (!ent[l.liveOff]) return false;
  *key = ent + l.keyOff;
  *elem = ent + l.elemOff;
  return true;
}

}  // namespace goji::rt

using namespace goji::rt;

extern "C" {

void* goji_makemap(const TypeDesc* mapType, int64_t hint) {
  GOJI_ANCHOR;
  auto* m = static_cast<HMap*>(goji::gc::mallocgc(sizeof(HMap), nullptr));
  m->mapType = mapType;
  m->seed = rng()();
  if (hint > 0) rebuild(m, layoutOf(mapType), hint);
  return m;
}

void* goji_mapaccess(const TypeDesc* mapType, HMap* m, const void* key) {
  if (!m || m->count == 0) {
    // Hashing still happens in Go (unhashable keys panic even on empty maps).
    if (mapType->key->kind == Kind::Interface) {
      GOJI_ANCHOR;
      valueHash(mapType->key, key, 0);
    }
    return nullptr;
  }
  GOJI_ANCHOR;
  Layout l = layoutOf(mapType);
  int64_t e = find(m, l, key, hashKey(m, key), nullptr);
  return e < 0 ? nullptr : entryAt(m, l, e) + l.elemOff;
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
    uint8_t* ent = entryAt(m, l, e);
    std::memcpy(ent + l.keyOff, key, mapType->key->size);
    return ent + l.elemOff;
  }
  if (m->nentries >= m->capEntries) {
    rebuild(m, l, m->count + 1);
    find(m, l, key, h, &slot);
  }
  e = m->nentries++;
  uint8_t* ent = entryAt(m, l, e);
  std::memcpy(ent + l.keyOff, key, mapType->key->size);
  std::memset(ent + l.elemOff, 0, mapType->elem->size);
  ent[l.liveOff] = 1;
  m->index[slot] = tagged(e, h);
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
    std::memcpy(slot, elems + i * mapType->elem->size, mapType->elem->size);
  }
  return m;
}

void goji_mapdelete(const TypeDesc* mapType, HMap* m, const void* key) {
  if (!m || m->count == 0) {
    if (mapType->key->kind == Kind::Interface) {  // unhashable keys panic even here
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
  uint8_t* ent = entryAt(m, l, e);
  ent[l.liveOff] = 0;
  std::memset(ent, 0, l.liveOff);  // drop references held by the key and element
  m->index[slot] = kTombstone;
  m->count--;
}

void goji_mapdelete_str(const TypeDesc* mapType, HMap* m, const uint8_t* data, int64_t len) {
  String k{data, len};
  goji_mapdelete(mapType, m, &k);
}

void goji_mapclear(const TypeDesc* mapType, HMap* m) {
  if (!m) return;
  (void)mapType;
  if (m->nslots) std::memset(m->index, 0xff, sizeof(int64_t) * static_cast<uint64_t>(m->nslots));
  m->nentries = 0;
  m->count = 0;
  m->generation++;
}

void goji_mapiternext(MapIter* it) {
  HMap* m = it->map;
  it->key = it->elem = nullptr;
  if (!m) return;
  Layout l = layoutOf(m->mapType);
  while (it->i < it->n) {
    int64_t k = (it->start + it->i++) % it->n;
    uint8_t* ent = it->entries + k * l.size;
    if (it->generation == m->generation) {
      if (!ent[l.liveOff]) continue;
      it->key = ent + l.keyOff;
      it->elem = ent + l.elemOff;
      return;
    }
    // The map was rebuilt: produce the key only if it is still there.
    if (!ent[l.liveOff]) continue;
    int64_t e = find(m, l, ent + l.keyOff, hashKey(m, ent + l.keyOff), nullptr);
    if (e < 0) continue;
    it->key = entryAt(m, l, e) + l.keyOff;
    it->elem = entryAt(m, l, e) + l.elemOff;
    return;
  }
}

// Starts an iteration; the iterator's key/elem words point at the first entry
// (key null if the map is empty). Iterators are heap objects.
void* goji_mapiterinit(const TypeDesc* mapType, HMap* m) {
  GOJI_ANCHOR;
  auto* it = static_cast<MapIter*>(goji::gc::mallocgc(sizeof(MapIter), nullptr));
  it->map = m;
  if (m && m->count > 0) {
    it->entries = m->entries;
    it->n = m->nentries;
    it->start = static_cast<int64_t>(rng()() % static_cast<uint64_t>(it->n));
    it->generation = m->generation;
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
