#include "compiler/unicode.h"

#include <algorithm>
#include <cstdio>

namespace goji::unicode {

static bool inRanges(const RuneRange* table, int count, int32_t r) {
  const RuneRange* end = table + count;
  const RuneRange* it = std::upper_bound(table, end, r, [](int32_t v, const RuneRange& range) { return v < range.lo; });
  return it != table && r <= it[-1].hi;
}

bool isLetter(int32_t r) {
  if (r < kRuneSelf) return ('a' <= (r | 0x20) && (r | 0x20) <= 'z');
  return inRanges(kLetterRanges, kLetterRangesCount, r);
}

bool isDigit(int32_t r) {
  if (r < kRuneSelf) return '0' <= r && r <= '9';
  return inRanges(kDigitRanges, kDigitRangesCount, r);
}

bool isPrint(int32_t r) { return inRanges(kPrintRanges, kPrintRangesCount, r); }

bool isSpace(int32_t r) {
  return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == 0x85 || r == 0xA0 ||
         r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f ||
         r == 0x3000;
}

Decoded decodeRune(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  auto b = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  uint8_t c0 = b(0);
  if (c0 < 0x80) return {c0, 1};
  auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (cont(1)) return {((c0 & 0x1F) << 6) | (b(1) & 0x3F), 2};
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    if (cont(1) && cont(2)) {
      // Reject overlong encodings and surrogates, as Go does.
      uint8_t c1 = b(1);
      if ((c0 == 0xE0 && c1 < 0xA0) || (c0 == 0xED && c1 > 0x9F)) return {kRuneError, 1};
      return {((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (b(2) & 0x3F), 3};
    }
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    if (cont(1) && cont(2) && cont(3)) {
      uint8_t c1 = b(1);
      if ((c0 == 0xF0 && c1 < 0x90) || (c0 == 0xF4 && c1 > 0x8F)) return {kRuneError, 1};
      return {((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F), 4};
    }
  }
  return {kRuneError, 1};
}

void appendRune(std::string& out, int32_t r) {
  if (r < 0 || r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

bool validString(std::string_view s) {
  while (!s.empty()) {
    Decoded d = decodeRune(s);
    if (d.rune == kRuneError && d.width == 1) return false;
    s.remove_prefix(d.width);
  }
  return true;
}

std::string formatRuneU(int32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string out = buf;
  if (r >= 0 && r <= kMaxRune && isPrint(r)) {
    out += " '";
    appendRune(out, r);
    out += "'";
  }
  return out;
}

static void appendEscaped(std::string& out, int32_t r, int width, std::string_view raw, char quoteChar) {
  char buf[16];
  if (width == 1 && r == kRuneError) {
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(raw[0]));
    out += buf;
    return;
  }
  if (r == quoteChar || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (isPrint(r)) {
    out.append(raw.substr(0, width));
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
  }
  if (r < ' ' || r == 0x7F) {
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
  } else if (r < 0x10000) {
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
  }
  out += buf;
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  while (!s.empty()) {
    Decoded d = decodeRune(s);
    appendEscaped(out, d.rune, d.width, s, '"');
    s.remove_prefix(d.width);
  }
  out += '"';
  return out;
}

std::string quoteRune(int32_t r) {
  std::string out = "'";
  switch (r) {
    case '\a': out += "\\a"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    case '\v': out += "\\v"; break;
    case '\\': out += "\\\\"; break;
    case '\'': out += "\\'"; break;
    default: {
      char buf[16];
      if (r < 0 || r > kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
      if (r >= 0 && r <= kMaxRune && !(r >= 0xD800 && r <= 0xDFFF) && isPrint(r)) {
        appendRune(out, r);
      } else if (r < ' ' || r == 0x7F) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
        out += buf;
      } else if (r < 0x10000) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
        out += buf;
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
        out += buf;
      }
    }
  }
  out += "'";
  return out;
}

}  // namespace goji::unicode
