// Go 1.19's exported API in the packages goji offers (go_std_api.inc), so
// that a name Go has and goji's package lacks is reported as not supported
// rather than undefined.
#pragma once

#include <string_view>

namespace goji {

// key: "path.Name" for a package-level name, "path.Type.Name" for a
// method, struct field or interface method.
bool isGoAPIName(std::string_view key);

}  // namespace goji
