// A Program: everything one compilation owns — source files, the arena with
// the AST, types and objects, scopes, and the packages checked so far
// (the main package and the standard library packages it imports).
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "compiler/arena.h"
#include "compiler/constant.h"
#include "compiler/source.h"
#include "compiler/types.h"

namespace goji {

class Program {
 public:
  Arena arena;
  FileSet files;
  std::deque<Scope> scopes;  // stable addresses
  std::deque<Value> values;  // constant values referenced by the AST and objects
  std::map<std::string, std::unique_ptr<Package>> packages;
  std::map<std::string, std::vector<File*>> packageFiles;  // parsed files per import path
  std::vector<Package*> initOrder;  // packages in dependency order (imports before importers)

  Scope* newScope() { return &scopes.emplace_back(); }

  // Integer constants that fit in int64 are shared (a Value is large and
  // programs repeat small constants); other values are stored as they come.
  const Value* intern(Value v) {
    if (v.isInt64()) {
      auto [it, added] = smallInts_.try_emplace(v.int64Val(), nullptr);
      if (added) it->second = &values.emplace_back(std::move(v));
      return it->second;
    }
    return &values.emplace_back(std::move(v));
  }

 private:
  std::unordered_map<int64_t, const Value*> smallInts_;
};

}  // namespace goji
