#include "vm/cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "llvm/Support/BLAKE3.h"
#include "llvm/TargetParser/Host.h"

namespace goji {

namespace {

constexpr char kMagic[] = "goji-cache-3\n";
constexpr uint64_t kImageAlign = 1 << 16;  // the image starts at this file offset alignment (≥ any page size)

std::string cacheDir() {
  if (const char* d = std::getenv("GOJICACHE")) return std::strcmp(d, "off") == 0 ? "" : d;
  if (const char* d = std::getenv("XDG_CACHE_HOME"); d && *d) return std::string(d) + "/goji";
  if (const char* d = std::getenv("HOME"); d && *d) return std::string(d) + "/.cache/goji";
  return "";
}

bool makeDirs(const std::string& dir) {
  for (size_t i = 1; i <= dir.size(); i++) {
    if (i == dir.size() || dir[i] == '/') {
      std::string prefix = dir.substr(0, i);
      if (mkdir(prefix.c_str(), 0755) != 0 && errno != EEXIST) return false;
    }
  }
  return true;
}

void putU64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

void putString(std::string& out, const std::string& s) {
  putU64(out, s.size());
  out += s;
}

void putRanges(std::string& out, const std::vector<ImageRange>& ranges) {
  putU64(out, ranges.size());
  for (const ImageRange& r : ranges) {
    putU64(out, r.offset);
    putU64(out, r.size);
  }
}

void putImage(std::string& out, const LinkedImage& img) {
  putU64(out, img.base);
  putU64(out, img.size);
  putU64(out, img.anchor);
  putU64(out, img.blocks.size());
  for (const ImageBlock& b : img.blocks) {
    putU64(out, b.range.offset);
    putU64(out, b.range.size);
    putU64(out, static_cast<uint64_t>(b.prot));
  }
  putRanges(out, img.stackMaps);
  putRanges(out, img.staticData);
  putRanges(out, img.ehFrames);
  putU64(out, img.symbols.size());
  for (const auto& [name, offset] : img.symbols) {
    putString(out, name);
    putU64(out, offset);
  }
}

struct Reader {
  std::string_view in;
  size_t at = 0;
  bool ok = true;

  uint64_t u64() {
    uint64_t v = 0;
    if (at + sizeof v > in.size()) {
      ok = false;
      return 0;
    }
    std::memcpy(&v, in.data() + at, sizeof v);
    at += sizeof v;
    return v;
  }
  std::string_view view() {
    uint64_t n = u64();
    if (!ok || n > in.size() - at) {
      ok = false;
      return "";
    }
    std::string_view s = in.substr(at, n);
    at += n;
    return s;
  }
  std::string str() { return std::string(view()); }
  // A count of items of at least itemBytes each that can still be in the input.
  uint64_t count(size_t itemBytes) {
    uint64_t n = u64();
    if (n > (in.size() - std::min(at, in.size())) / itemBytes) ok = false;
    return ok ? n : 0;
  }
  std::vector<ImageRange> ranges() {
    std::vector<ImageRange> rs(count(16));
    for (ImageRange& r : rs) r = ImageRange{u64(), u64()};
    return rs;
  }
  LinkedImage image() {
    LinkedImage img;
    img.base = u64();
    img.size = u64();
    img.anchor = u64();
    img.blocks.resize(count(24));
    for (ImageBlock& b : img.blocks) {
      b.range = ImageRange{u64(), u64()};
      b.prot = static_cast<int>(u64());
    }
    img.stackMaps = ranges();
    img.staticData = ranges();
    img.ehFrames = ranges();
    img.symbols.resize(count(16));
    for (auto& [name, offset] : img.symbols) {
      name = str();
      offset = u64();
    }
    return img;
  }
};

// Whether img's blocks and ranges lie inside it.
bool wellFormed(const LinkedImage& img) {
  auto inside = [&](const ImageRange& r) { return r.offset <= img.size && r.size <= img.size - r.offset; };
  for (const ImageBlock& b : img.blocks) {
    if (!inside(b.range)) return false;
  }
  for (const auto* rs : {&img.stackMaps, &img.staticData, &img.ehFrames}) {
    for (const ImageRange& r : *rs) {
      if (!inside(r)) return false;
    }
  }
  for (const auto& [name, offset] : img.symbols) {
    if (offset >= img.size) return false;
  }
  return true;
}

}  // namespace

std::string programCacheKey(const std::string& fileName, const std::string& source, int optLevel) {
  if (cacheDir().empty()) return "";
  struct stat exe;
  if (stat("/proc/self/exe", &exe) != 0) return "";
  llvm::BLAKE3 h;
  std::string identity = std::to_string(exe.st_size) + ":" + std::to_string(exe.st_mtim.tv_sec) + "." +
                         std::to_string(exe.st_mtim.tv_nsec) + ":" + std::to_string(exe.st_ino) + ":O" +
                         std::to_string(optLevel) + ":" + llvm::sys::getHostCPUName().str() + ":";
  h.update(identity);
  h.update(fileName);
  h.update(llvm::StringRef("\0", 1));
  h.update(source);
  std::string key;
  for (uint8_t byte : h.final()) {
    static const char digits[] = "0123456789abcdef";
    key += digits[byte >> 4];
    key += digits[byte & 15];
  }
  return key;
}

std::optional<CompiledProgram> loadCachedProgram(const std::string& key) {
  if (key.empty()) return std::nullopt;
  int fd = open((cacheDir() + "/" + key).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st;
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size > 0) {
    map = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  }
  if (map == MAP_FAILED) {
    close(fd);
    return std::nullopt;
  }
  // The entry stays mapped while the program runs: the object and the site
  // strings are read in place.
  std::string_view data(static_cast<const char*>(map), static_cast<size_t>(st.st_size));
  std::optional<CompiledProgram> result = [&]() -> std::optional<CompiledProgram> {
    if (data.compare(0, sizeof kMagic - 1, kMagic) != 0) return std::nullopt;
    Reader r{data, sizeof kMagic - 1};
    CompiledProgram p;
    p.entry = r.str();
    uint64_t nsites = r.count(32);
    p.sites.reserve(nsites);
    for (uint64_t i = 0; r.ok && i < nsites; i++) {
      SiteInfo s;
      s.function = r.str();
      s.file = r.str();
      s.line = static_cast<int32_t>(r.u64());
      s.col = static_cast<int32_t>(r.u64());
      s.wrapper = r.u64() != 0;
      p.sites.push_back(std::move(s));
    }
    p.image = r.image();
    uint64_t imageOffset = r.u64();
    uint64_t size = r.u64();
    r.at = (r.at + 15) / 16 * 16;
    if (!r.ok || r.at > data.size() || size > data.size() - r.at) return std::nullopt;
    p.object = data.substr(r.at, size);
    if (p.object.empty()) return std::nullopt;
    if (p.image.base != 0 && wellFormed(p.image) && imageOffset % kImageAlign == 0 && imageOffset <= data.size() &&
        p.image.size <= data.size() - imageOffset) {
      p.imageMapped = mapImage(fd, imageOffset, p.image);
    }
    return p;
  }();
  close(fd);
  if (!result) munmap(map, data.size());
  return result;
}

void storeCachedProgram(const std::string& key, const CompiledProgram& p) {
  std::string dir = cacheDir();
  if (key.empty() || dir.empty() || !makeDirs(dir)) return;
  std::string data = kMagic;
  putString(data, p.entry);
  putU64(data, p.sites.size());
  for (const SiteInfo& s : p.sites) {
    putString(data, s.function);
    putString(data, s.file);
    putU64(data, static_cast<uint64_t>(s.line));
    putU64(data, static_cast<uint64_t>(s.col));
    putU64(data, s.wrapper ? 1 : 0);
  }
  LinkedImage none;
  const LinkedImage& img = p.imageBytes ? p.image : none;
  putImage(data, img);
  // The image goes last, at an offset it can be mapped from.
  uint64_t objectAt = (data.size() + 2 * sizeof(uint64_t) + 15) / 16 * 16;
  uint64_t imageAt = img.base ? (objectAt + p.object.size() + kImageAlign - 1) / kImageAlign * kImageAlign : 0;
  putU64(data, imageAt);
  // The object starts 16-byte aligned in the file (and so in the mapping):
  // LLVM's ELF reader requires it.
  putU64(data, p.object.size());
  data.resize(objectAt, '\0');
  data.append(p.object);
  if (img.base) {
    data.resize(imageAt, '\0');
    data.append(reinterpret_cast<const char*>(p.imageBytes), img.size);
  }
  std::string tmp = dir + "/" + key + ".tmp" + std::to_string(getpid());
  {
    std::ofstream f(tmp, std::ios::binary);
    if (!f.write(data.data(), static_cast<std::streamsize>(data.size()))) {
      std::remove(tmp.c_str());
      return;
    }
  }
  if (std::rename(tmp.c_str(), (dir + "/" + key).c_str()) != 0) std::remove(tmp.c_str());
}

}  // namespace goji
