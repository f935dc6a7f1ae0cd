// The natives of package errors: the dynamic type tests of Is and As
// (reflectlite in Go).
#include "vm/native.h"

namespace goji::rt {
const Itab* findItab(const TypeDesc* inter, const TypeDesc* t, const char** missing);
}  // namespace goji::rt

namespace goji::native {

namespace {

const rt::TypeDesc* errorDynType(const void* tab) {
  return tab ? static_cast<const rt::Itab*>(tab)->type : nullptr;
}

bool implementsError(const rt::TypeDesc* t) {
  for (uint32_t i = 0; i < t->nmethods; i++) {
    const rt::Method& m = t->methods[i];
    if (std::strcmp(m.name, "Error") == 0 && std::strcmp(m.type->str, "func() string") == 0) return true;
  }
  return false;
}

bool comparableType(Ctx, const void* tab, void*) {
  const rt::TypeDesc* t = errorDynType(tab);
  return !t || (t->flags & rt::kComparable);
}

int64_t checkAsTarget(Ctx, const rt::TypeDesc* t, void* data) {
  if (!t || t->kind != rt::Kind::Pointer || !data) return 1;
  const rt::TypeDesc* e = t->elem;
  return e->kind == rt::Kind::Interface || implementsError(e) ? 0 : 2;
}

// Stores an interface value into target memory (both words are pointers).
void storeIface(void* slot, const void* tab, void* data) {
  auto* i = static_cast<rt::Iface*>(slot);
  rt::writePointer(const_cast<void**>(&i->tab), const_cast<void*>(tab));
  rt::writePointer(&i->data, data);
}

bool assignTo(Ctx, const void* errTab, void* errData, const rt::TypeDesc* target, void* ptr) {
  GOJI_ANCHOR;
  const rt::TypeDesc* d = errorDynType(errTab);
  const rt::TypeDesc* e = target->elem;
  if (e->kind == rt::Kind::Interface) {
    if (e->len == 0) {
      storeIface(ptr, d, errData);
      return true;
    }
    const rt::Itab* tab = rt::findItab(e, d, nullptr);
    if (!tab) return false;
    storeIface(ptr, tab, errData);
    return true;
  }
  if (d != e) return false;
  if (rt::isPointerShaped(d)) {
    rt::writePointer(static_cast<void**>(ptr), errData);
  } else {
    rt::typedmemmove(d, ptr, errData);
  }
  return true;
}

}  // namespace

GOJI_NATIVE("errors.comparableType", comparableType);
GOJI_NATIVE("errors.checkAsTarget", checkAsTarget);
GOJI_NATIVE("errors.assignTo", assignTo);

}  // namespace goji::native
