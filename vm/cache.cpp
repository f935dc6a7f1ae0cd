#include "vm/cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/MemoryBuffer.h"

namespace goji {

namespace {

constexpr char kMagic[] = "goji-cache-2\n";

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

void putString(std::string& out, const std::string& s) {
  uint64_t n = s.size();
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  out += s;
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
};

}  // namespace

std::string programCacheKey(const std::string& fileName, const std::string& source, int optLevel) {
  if (cacheDir().empty()) return "";
  struct stat exe;
  if (stat("/proc/self/exe", &exe) != 0) return "";
  llvm::BLAKE3 h;
  std::string identity = std::to_string(exe.st_size) + ":" + std::to_string(exe.st_mtim.tv_sec) + "." +
                         std::to_string(exe.st_mtim.tv_nsec) + ":" + std::to_string(exe.st_ino) + ":O" +
                         std::to_string(optLevel) + ":";
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
  auto file = llvm::MemoryBuffer::getFile(cacheDir() + "/" + key, false, false);
  if (!file) return std::nullopt;
  std::string_view data((*file)->getBufferStart(), (*file)->getBufferSize());
  if (data.compare(0, sizeof kMagic - 1, kMagic) != 0) return std::nullopt;
  Reader r{data, sizeof kMagic - 1};
  CompiledProgram p;
  p.entry = r.str();
  uint64_t nsites = r.u64();
  for (uint64_t i = 0; r.ok && i < nsites; i++) {
    SiteInfo s;
    s.function = r.str();
    s.file = r.str();
    s.line = static_cast<int32_t>(r.u64());
    s.col = static_cast<int32_t>(r.u64());
    p.sites.push_back(std::move(s));
  }
  uint64_t size = r.u64();
  r.at = (r.at + 15) / 16 * 16;
  if (!r.ok || r.at > data.size() || size > data.size() - r.at) return std::nullopt;
  p.object = data.substr(r.at, size);
  if (p.object.empty()) return std::nullopt;
  file->release();  // the object stays mapped while the program runs
  return p;
}

void storeCachedProgram(const std::string& key, const CompiledProgram& p) {
  std::string dir = cacheDir();
  if (key.empty() || dir.empty() || !makeDirs(dir)) return;
  std::string data = kMagic;
  putString(data, p.entry);
  uint64_t n = p.sites.size();
  data.append(reinterpret_cast<const char*>(&n), sizeof n);
  for (const SiteInfo& s : p.sites) {
    putString(data, s.function);
    putString(data, s.file);
    uint64_t line = static_cast<uint64_t>(s.line), col = static_cast<uint64_t>(s.col);
    data.append(reinterpret_cast<const char*>(&line), sizeof line);
    data.append(reinterpret_cast<const char*>(&col), sizeof col);
  }
  // The object starts 16-byte aligned in the file (and so in the mapping):
  // LLVM's ELF reader requires it.
  uint64_t size = p.object.size();
  data.append(reinterpret_cast<const char*>(&size), sizeof size);
  data.append((16 - data.size() % 16) % 16, '\0');
  data.append(p.object);
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
