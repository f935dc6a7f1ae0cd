#include "compiler/go_api.h"

#include <algorithm>
#include <iterator>

namespace goji {

bool isGoAPIName(std::string_view key) {
  static constexpr std::string_view kNames[] = {
#include "compiler/go_std_api.inc"
  };
  return std::binary_search(std::begin(kNames), std::end(kNames), key);
}

}  // namespace goji
