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

bool overrideRuntimeSymbol(std::string_view name, void* address) {
  for (RuntimeSymbol& s : registry()) {
    if (name == s.name) {
      s.address = address;
      return true;
    }
  }
  return false;
}

const std::vector<RuntimeSymbol>& runtimeSymbols() { return registry(); }

void* findRuntimeSymbol(std::string_view name) {
  for (const RuntimeSymbol& s : registry()) {
    if (name == s.name) return s.address;
  }
  return nullptr;
}

}  // namespace goji
