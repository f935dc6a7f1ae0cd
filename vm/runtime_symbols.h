// The symbols the JIT resolves in the runtime: entry points of generated code
// (goji_*), its globals, and the natives of the standard library (bodyless
// Go functions, registered under their Go symbol names, e.g. "math.Sqrt" or
// "fmt.rawKind"; a native whose results take more than two words registers
// as NAME$native and writes its results to goji_native_results()).
//
// Each runtime file registers what it defines with GOJI_EXPORT or
// GOJI_NATIVE next to the definition; registration runs at static
// initialization, so the runtime must be linked as objects, not an archive.
#pragma once

#include <string_view>
#include <vector>

namespace goji {

struct RuntimeSymbol {
  const char* name;
  void* address;
};

const std::vector<RuntimeSymbol>& runtimeSymbols();
void* findRuntimeSymbol(std::string_view name);
// Replaces the address of a registered symbol (tests instrument natives
// with it); false if name is not registered.
bool overrideRuntimeSymbol(std::string_view name, void* address);

struct RegisterRuntimeSymbol {
  RegisterRuntimeSymbol(const char* name, void* address);
};

}  // namespace goji

#define GOJI_SYMBOL_CAT2(a, b) a##b
#define GOJI_SYMBOL_CAT(a, b) GOJI_SYMBOL_CAT2(a, b)
#define GOJI_EXPORT(sym)                                              \
  static const ::goji::RegisterRuntimeSymbol GOJI_SYMBOL_CAT(goji_reg_, __LINE__) { \
    #sym, reinterpret_cast<void*>(&(sym))                              \
  }
#define GOJI_NATIVE(name, fn)                                         \
  static const ::goji::RegisterRuntimeSymbol GOJI_SYMBOL_CAT(goji_reg_, __LINE__) { \
    name, reinterpret_cast<void*>(&(fn))                               \
  }
