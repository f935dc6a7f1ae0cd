// The print and println builtins, formatting exactly as Go's runtime does
// (runtime/print.go): floats as +1.234560e+002, pointers in hex, and so on.
// A print statement is bracketed by goji_print_lock/unlock; its text is
// written to stderr in one piece at unlock.
#include <cmath>
#include <cstdio>
#include <string>

#include "vm/runtime.h"
#include "vm/runtime_symbols.h"

namespace goji::rt {

namespace {

thread_local std::string printBuf;
thread_local int printDepth = 0;

void put(const char* s, size_t n) {
  printBuf.append(s, n);
  if (printDepth == 0) {
    writeErr(printBuf);
    printBuf.clear();
  }
}
void put(const std::string& s) { put(s.data(), s.size()); }

}  // namespace

std::string formatFloatForPrint(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>((e / 10) % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, sizeof buf);
}

std::string formatHex(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace goji::rt

using namespace goji::rt;

extern "C" {

void goji_print_lock() { printDepth++; }
void goji_print_unlock() {
  if (--printDepth == 0 && !printBuf.empty()) {
    writeErr(printBuf);
    printBuf.clear();
  }
}
void goji_print_bool(bool b) { put(b ? "true" : "false"); }
void goji_print_int(int64_t v) { put(std::to_string(v)); }
void goji_print_uint(uint64_t v) { put(std::to_string(v)); }
void goji_print_float(double v) { put(formatFloatForPrint(v)); }
void goji_print_string(const uint8_t* data, int64_t len) { put(reinterpret_cast<const char*>(data), len); }
void goji_print_pointer(const void* p) { put(formatHex(reinterpret_cast<uint64_t>(p))); }
void goji_print_slice(const void* data, int64_t len, int64_t cap) {
  put("[" + std::to_string(len) + "/" + std::to_string(cap) + "]" + formatHex(reinterpret_cast<uint64_t>(data)));
}
void goji_print_iface(const void* tab, const void* data) {
  put("(" + formatHex(reinterpret_cast<uint64_t>(tab)) + "," + formatHex(reinterpret_cast<uint64_t>(data)) + ")");
}
void goji_print_sp() { put(" ", 1); }
void goji_print_nl() { put("\n", 1); }

}  // extern "C"

GOJI_EXPORT(goji_print_bool);
GOJI_EXPORT(goji_print_float);
GOJI_EXPORT(goji_print_iface);
GOJI_EXPORT(goji_print_int);
GOJI_EXPORT(goji_print_lock);
GOJI_EXPORT(goji_print_nl);
GOJI_EXPORT(goji_print_pointer);
GOJI_EXPORT(goji_print_slice);
GOJI_EXPORT(goji_print_sp);
GOJI_EXPORT(goji_print_string);
GOJI_EXPORT(goji_print_uint);
GOJI_EXPORT(goji_print_unlock);
