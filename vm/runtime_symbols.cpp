#include "vm/runtime_symbols.h"

#include <algorithm>

namespace goji {

namespace {

std::vector<RuntimeSymbol>& registry() {
  static std::vector<RuntimeSymbol> symbols;
  return symbols;
}

}  // namespace

RegisterRuntimeSymbol::RegisterRuntimeSymbol(const char* name, void* address) {
  registry().push_back(RuntimeSymbol{name, address});
}

const std::vector<RuntimeSymbol>& runtimeSymbols() { return registry(); }

void* findRuntimeSymbol(std::string_view name) {
  for (const RuntimeSymbol& s : registry()) {
    if (name == s.name) return s.address;
  }
  return nullptr;
}

}  // namespace goji
