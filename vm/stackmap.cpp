#include "vm/stackmap.h"

#include "llvm/Object/StackMapParser.h"

namespace goji::rt {

StackMaps& stackMaps() {
  static StackMaps maps;
  return maps;
}

void StackMaps::addSection(const uint8_t* section, size_t size) {
  llvm::ArrayRef<uint8_t> bytes(section, size);
  if (size < 4 || bytes[0] != 3) return;  // only version 3 is understood
  llvm::StackMapParser<llvm::support::little> parser(bytes);
  unsigned record = 0;
  for (const auto& fn : parser.functions()) {
    uint64_t base = fn.getFunctionAddress();
    for (uint64_t i = 0; i < fn.getRecordCount(); i++, record++) {
      auto r = parser.getRecord(record);
      SafepointRecord rec;
      rec.id = r.getID();
      // Locations: calling convention, flags, deopt count N (constants), N
      // deopt values, then (base, derived) pairs. Bases are what the
      // non-moving collector must mark.
      unsigned n = r.getNumLocations();
      if (n >= 3) {
        unsigned deopt = r.getLocation(2).getKind() == llvm::StackMapParser<llvm::support::little>::LocationKind::Constant
                             ? r.getLocation(2).getSmallConstant()
                             : 0;
        for (unsigned l = 3 + deopt; l + 1 < n; l += 2) {
          auto loc = r.getLocation(l);
          if (loc.getKind() == llvm::StackMapParser<llvm::support::little>::LocationKind::Indirect) {
            rec.slots.push_back(RootSlot{loc.getDwarfRegNum(), loc.getOffset()});
          }
        }
      }
      records_[base + r.getInstructionOffset()] = std::move(rec);
    }
  }
}

const SafepointRecord* StackMaps::find(uint64_t returnAddress) const {
  auto it = records_.find(returnAddress);
  return it == records_.end() ? nullptr : &it->second;
}

size_t StackMaps::size() const {
  return records_.size();
}

}  // namespace goji::rt
