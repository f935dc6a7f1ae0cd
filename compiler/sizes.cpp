// gc's type layout for amd64: a port of cmd/compile/internal/noder/sizes.go.
#include "compiler/sizes.h"

#include <algorithm>

namespace goji {

namespace {

int64_t saturate(int64_t n) { return std::min(n, kSizeOverflow); }

// Sizes of the basic types other than strings; untyped constants take their default type's size.
int64_t basicSize(BasicKind k) {
  switch (k) {
    case BasicKind::Invalid:
    case BasicKind::Bool:
    case BasicKind::Int8:
    case BasicKind::Uint8:
    case BasicKind::UntypedBool: return 1;
    case BasicKind::Int16:
    case BasicKind::Uint16: return 2;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32:
    case BasicKind::UntypedRune: return 4;
    case BasicKind::Int64:
    case BasicKind::Uint64:
    case BasicKind::Float64:
    case BasicKind::Complex64:
    case BasicKind::UntypedFloat: return 8;
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex: return 16;
    default: return kPtrSize;  // int, uint, uintptr, unsafe.Pointer, untyped int and nil
  }
}

// types2.IsSyncAtomicAlign64: sync/atomic's align64 marks a struct that must be 64-bit aligned.
bool isSyncAtomicAlign64(Type* t) {
  Named* n = t->as<Named>();
  return n && n->obj->name == "align64" && n->obj->pkg &&
         (n->obj->pkg->path == "sync/atomic" || n->obj->pkg->path == "runtime/internal/atomic");
}

}  // namespace

Sizes::Layout Sizes::layout(Type* t) {
  if (auto it = memo_.find(t); it != memo_.end()) return it->second;
  Layout l = compute(t);
  memo_.emplace(t, l);
  return l;
}

Sizes::Layout Sizes::compute(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      Basic* b = static_cast<Basic*>(u);
      if (b->info & IsString) return {2 * kPtrSize, kPtrSize};
      int64_t size = basicSize(b->bkind);
      // complex{64,128} are aligned like [2]float{32,64}.
      int64_t align = b->info & IsComplex ? size / 2 : size;
      return {size, std::min(align, kRegSize)};
    }
    case TypeKind::Array: {
      Array* a = static_cast<Array*>(u);
      Layout e = layout(a->elem);
      // gc: the size includes alignment padding.
      int64_t size = 0;
      if (a->len > 0) size = e.size > kSizeOverflow / a->len ? kSizeOverflow : e.size * a->len;
      return {size, e.align};
    }
    case TypeKind::Slice: return {3 * kPtrSize, kPtrSize};
    case TypeKind::Interface: return {2 * kPtrSize, kPtrSize};
    case TypeKind::Struct: {
      Layout l = structLayout(static_cast<Struct*>(u)->fields);
      if (isSyncAtomicAlign64(t) && static_cast<Struct*>(u)->fields.empty()) l.align = 8;
      return l;
    }
    case TypeKind::Tuple: return structLayout(static_cast<Tuple*>(u)->vars);
    default: return {kPtrSize, kPtrSize};  // pointers, maps, channels, functions
  }
}

std::vector<int64_t> Sizes::offsetsOf(std::span<Var* const> fields) {
  std::vector<int64_t> offsets;
  int64_t o = 0;
  for (Var* f : fields) {
    Layout l = layout(f->type);
    o = roundUp(o, l.align);
    offsets.push_back(o);
    o = saturate(o + l.size);
  }
  return offsets;
}

Sizes::Layout Sizes::structLayout(std::span<Var* const> fields) {
  int64_t align = 1;
  for (Var* f : fields) align = std::max(align, alignOf(f->type));
  if (fields.empty()) return {0, align};
  std::vector<int64_t> offsets = offsetsOf(fields);
  // gc: the last field of a non-zero-sized struct may not have size 0.
  int64_t last = sizeOf(fields.back()->type);
  if (last == 0 && offsets.back() > 0) last = 1;
  // gc: the size includes alignment padding.
  return {roundUp(saturate(offsets.back() + last), align), align};
}

}  // namespace goji
