// The natives of package fmt (stdlib/fmt/value.go): a Go value in memory
// seen through its type descriptor — what fmt needs of reflection to print
// and scan values of any type.
//
// A rawValue is (typ, ptr): the value's TypeDesc (0 for no value) and its
// address. Values reached through a pointer, a slice or a map are
// addressable: the setters store through ptr.
#include "vm/native.h"
#include "vm/rt_types.h"

namespace goji::native {

namespace {

using rt::Kind;
using rt::TypeDesc;

struct RawValue {
  const TypeDesc* typ;
  uint8_t* ptr;
};

// The type of a string's bytes, which generated code has no descriptor at hand for.
const TypeDesc kByte{1, 0, nullptr, "uint8", nullptr, nullptr, nullptr, nullptr, 0, 0, 0,
                     Kind::Uint8, 1, rt::kComparable | rt::kRegularMemory, {}};

const TypeDesc* dynamicType(const TypeDesc* ifaceType, const void* tab) {
  if (!tab) return nullptr;
  return ifaceType->len == 0 ? static_cast<const TypeDesc*>(tab) : static_cast<const rt::Itab*>(tab)->type;
}

void* word(const RawValue& v) { return *reinterpret_cast<void**>(v.ptr); }

RawValue valueOf(Ctx, const TypeDesc* t, void* data) {
  GOJI_ANCHOR;
  if (!t) return {nullptr, nullptr};
  if (!rt::isPointerShaped(t)) return {t, static_cast<uint8_t*>(data)};
  auto* box = static_cast<void**>(gc::mallocgc(8, rt::pointerWordType()));
  *box = data;
  return {t, reinterpret_cast<uint8_t*>(box)};
}

int64_t rawKind(Ctx, RawValue v) { return v.typ ? static_cast<int64_t>(v.typ->kind) : 0; }

String rawTypeString(Ctx, RawValue v) {
  const char* s = v.typ ? v.typ->str : "<nil>";
  return String{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(std::strlen(s))};
}

int64_t rawLen(Ctx, RawValue v) {
  switch (v.typ->kind) {
    case Kind::Array: return static_cast<int64_t>(v.typ->len);
    case Kind::Slice: return reinterpret_cast<rt::Slice*>(v.ptr)->len;
    case Kind::String: return reinterpret_cast<String*>(v.ptr)->len;
    case Kind::Map: {
      auto* m = static_cast<int64_t*>(word(v));
      return m ? *m : 0;  // the map's first word is its count
    }
    default: return 0;
  }
}

int64_t rawCap(Ctx, RawValue v) {
  switch (v.typ->kind) {
    case Kind::Array: return static_cast<int64_t>(v.typ->len);
    case Kind::Slice: return reinterpret_cast<rt::Slice*>(v.ptr)->cap;
    default: return 0;
  }
}

RawValue rawIndex(Ctx, RawValue v, int64_t i) {
  switch (v.typ->kind) {
    case Kind::Array: return {v.typ->elem, v.ptr + static_cast<uint64_t>(i) * v.typ->elem->size};
    case Kind::Slice: {
      auto* s = reinterpret_cast<rt::Slice*>(v.ptr);
      return {v.typ->elem, static_cast<uint8_t*>(s->data) + static_cast<uint64_t>(i) * v.typ->elem->size};
    }
    case Kind::String: {
      auto* s = reinterpret_cast<String*>(v.ptr);
      return {&kByte, const_cast<uint8_t*>(s->data) + i};
    }
    default: return {nullptr, nullptr};
  }
}

const rt::StructField& field(RawValue v, int64_t i) { return static_cast<const rt::StructField*>(v.typ->fields)[i]; }

int64_t rawNumField(Ctx, RawValue v) { return static_cast<int64_t>(v.typ->len); }

RawValue rawField(Ctx, RawValue v, int64_t i) {
  const rt::StructField& f = field(v, i);
  return {f.type, v.ptr + f.offset};
}

String rawFieldName(Ctx, RawValue v, int64_t i) {
  const char* s = field(v, i).name;
  return String{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(std::strlen(s))};
}

RawValue rawElem(Ctx, RawValue v) {
  if (v.typ->kind == Kind::Pointer) {
    void* p = word(v);
    return p ? RawValue{v.typ->elem, static_cast<uint8_t*>(p)} : RawValue{nullptr, nullptr};
  }
  if (v.typ->kind == Kind::Interface) {
    auto* iface = reinterpret_cast<rt::Iface*>(v.ptr);
    const TypeDesc* d = dynamicType(v.typ, iface->tab);
    if (!d) return {nullptr, nullptr};
    if (rt::isPointerShaped(d)) return {d, reinterpret_cast<uint8_t*>(&iface->data)};
    return {d, static_cast<uint8_t*>(iface->data)};
  }
  return {nullptr, nullptr};
}

rt::Iface rawInterface(Ctx, RawValue v) {
  if (!v.typ) return {nullptr, nullptr};
  if (v.typ->kind == Kind::Interface) {
    auto* iface = reinterpret_cast<rt::Iface*>(v.ptr);
    return {dynamicType(v.typ, iface->tab), iface->data};
  }
  if (rt::isPointerShaped(v.typ)) return {v.typ, word(v)};
  return {v.typ, v.ptr};
}

int64_t rawInt(Ctx, RawValue v) {
  switch (v.typ->kind) {
    case Kind::Int8: return *reinterpret_cast<int8_t*>(v.ptr);
    case Kind::Int16: return *reinterpret_cast<int16_t*>(v.ptr);
    case Kind::Int32: return *reinterpret_cast<int32_t*>(v.ptr);
    default: return *reinterpret_cast<int64_t*>(v.ptr);
  }
}

uint64_t rawUint(Ctx, RawValue v) {
  switch (v.typ->kind) {
    case Kind::Uint8: return *v.ptr;
    case Kind::Uint16: return *reinterpret_cast<uint16_t*>(v.ptr);
    case Kind::Uint32: return *reinterpret_cast<uint32_t*>(v.ptr);
    default: return *reinterpret_cast<uint64_t*>(v.ptr);
  }
}

double rawFloat(Ctx, RawValue v) {
  if (v.typ->kind == Kind::Float32) return *reinterpret_cast<float*>(v.ptr);
  return *reinterpret_cast<double*>(v.ptr);
}

bool rawBool(Ctx, RawValue v) { return *v.ptr != 0; }

String rawString(Ctx, RawValue v) { return *reinterpret_cast<String*>(v.ptr); }

uintptr_t rawPointer(Ctx, RawValue v) {
  if (v.typ->kind == Kind::Slice) return reinterpret_cast<uintptr_t>(reinterpret_cast<rt::Slice*>(v.ptr)->data);
  return reinterpret_cast<uintptr_t>(word(v));
}

bool rawIsNil(Ctx, RawValue v) {
  switch (v.typ->kind) {
    case Kind::Interface: return reinterpret_cast<rt::Iface*>(v.ptr)->tab == nullptr;
    case Kind::Slice: return reinterpret_cast<rt::Slice*>(v.ptr)->data == nullptr;
    default: return word(v) == nullptr;
  }
}

int64_t rawMapSlots(Ctx, RawValue v) { return rt::mapEntrySlots(word(v)); }

RawValue rawMapKey(Ctx, RawValue v, int64_t slot) {
  void *k, *e;
  if (!rt::mapEntry(word(v), slot, &k, &e)) return {nullptr, nullptr};
  return {v.typ->key, static_cast<uint8_t*>(k)};
}

RawValue rawMapElem(Ctx, RawValue v, int64_t slot) {
  void *k, *e;
  if (!rt::mapEntry(word(v), slot, &k, &e)) return {nullptr, nullptr};
  return {v.typ->elem, static_cast<uint8_t*>(e)};
}

void rawSetInt(Ctx, RawValue v, int64_t x) {
  switch (v.typ->kind) {
    case Kind::Int8: *reinterpret_cast<int8_t*>(v.ptr) = static_cast<int8_t>(x); break;
    case Kind::Int16: *reinterpret_cast<int16_t*>(v.ptr) = static_cast<int16_t>(x); break;
    case Kind::Int32: *reinterpret_cast<int32_t*>(v.ptr) = static_cast<int32_t>(x); break;
    default: *reinterpret_cast<int64_t*>(v.ptr) = x;
  }
}

void rawSetUint(Ctx, RawValue v, uint64_t x) {
  switch (v.typ->kind) {
    case Kind::Uint8: *v.ptr = static_cast<uint8_t>(x); break;
    case Kind::Uint16: *reinterpret_cast<uint16_t*>(v.ptr) = static_cast<uint16_t>(x); break;
    case Kind::Uint32: *reinterpret_cast<uint32_t*>(v.ptr) = static_cast<uint32_t>(x); break;
    default: *reinterpret_cast<uint64_t*>(v.ptr) = x;
  }
}

void rawSetFloat(Ctx, RawValue v, double x) {
  if (v.typ->kind == Kind::Float32) {
    *reinterpret_cast<float*>(v.ptr) = static_cast<float>(x);
  } else {
    *reinterpret_cast<double*>(v.ptr) = x;
  }
}

void rawSetString(Ctx, RawValue v, const uint8_t* data, int64_t len) {
  rt::writeString(reinterpret_cast<String*>(v.ptr), String{data, len});
}

void rawSetBool(Ctx, RawValue v, bool b) { *v.ptr = b ? 1 : 0; }

void rawSetBytes(Ctx, RawValue v, void* data, int64_t len, int64_t cap) {
  auto* s = reinterpret_cast<rt::Slice*>(v.ptr);
  rt::writePointer(&s->data, data);
  s->len = len;
  s->cap = cap;
}

int64_t rawElemKind(Ctx, RawValue v) {
  switch (v.typ->kind) {
    case Kind::Array:
    case Kind::Slice:
    case Kind::Pointer:
    case Kind::Map: return static_cast<int64_t>(v.typ->elem->kind);
    default: return 0;
  }
}

}  // namespace

GOJI_NATIVE("fmt.valueOf", valueOf);
GOJI_NATIVE("fmt.rawKind", rawKind);
GOJI_NATIVE("fmt.rawTypeString", rawTypeString);
GOJI_NATIVE("fmt.rawLen", rawLen);
GOJI_NATIVE("fmt.rawCap", rawCap);
GOJI_NATIVE("fmt.rawIndex", rawIndex);
GOJI_NATIVE("fmt.rawNumField", rawNumField);
GOJI_NATIVE("fmt.rawField", rawField);
GOJI_NATIVE("fmt.rawFieldName", rawFieldName);
GOJI_NATIVE("fmt.rawElem", rawElem);
GOJI_NATIVE("fmt.rawInterface", rawInterface);
GOJI_NATIVE("fmt.rawInt", rawInt);
GOJI_NATIVE("fmt.rawUint", rawUint);
GOJI_NATIVE("fmt.rawFloat", rawFloat);
GOJI_NATIVE("fmt.rawBool", rawBool);
GOJI_NATIVE("fmt.rawString", rawString);
GOJI_NATIVE("fmt.rawPointer", rawPointer);
GOJI_NATIVE("fmt.rawIsNil", rawIsNil);
GOJI_NATIVE("fmt.rawMapSlots", rawMapSlots);
GOJI_NATIVE("fmt.rawMapKey", rawMapKey);
GOJI_NATIVE("fmt.rawMapElem", rawMapElem);
GOJI_NATIVE("fmt.rawSetInt", rawSetInt);
GOJI_NATIVE("fmt.rawSetUint", rawSetUint);
GOJI_NATIVE("fmt.rawSetFloat", rawSetFloat);
GOJI_NATIVE("fmt.rawSetString", rawSetString);
GOJI_NATIVE("fmt.rawSetBool", rawSetBool);
GOJI_NATIVE("fmt.rawSetBytes", rawSetBytes);
GOJI_NATIVE("fmt.rawElemKind", rawElemKind);

}  // namespace goji::native
