// The native of package strings: Builder.String's view of the builder's
// bytes as a string, which Go's builder.go makes with unsafe.
#include "vm/native.h"

namespace goji::native {

namespace {

// A Builder only appends, so the bytes a string shares are never written
// again.
String builderString(Ctx, Bytes data, int64_t len, int64_t) { return String{data, len}; }

}  // namespace

GOJI_NATIVE("strings.builderString", builderString);

}  // namespace goji::native
