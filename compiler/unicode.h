// Unicode and UTF-8 helpers with Go's semantics: the rune classes of Go's
// unicode package (tables generated from Go 1.19 by tools/gen) and the
// decoding rules of unicode/utf8 (invalid bytes decode as U+FFFD, width 1).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace goji::unicode {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int32_t kRuneSelf = 0x80;

struct RuneRange {
  int32_t lo, hi;
};

// Generated tables (unicode_tables.cpp), sorted by lo.
extern const RuneRange kLetterRanges[];
extern const int kLetterRangesCount;
extern const RuneRange kDigitRanges[];
extern const int kDigitRangesCount;
extern const RuneRange kPrintRanges[];
extern const int kPrintRangesCount;

bool isLetter(int32_t r);
bool isDigit(int32_t r);
bool isPrint(int32_t r);
bool isSpace(int32_t r);  // unicode.IsSpace: Latin-1 spaces and category Z

struct Decoded {
  int32_t rune;
  int width;
};

// Decodes the first rune of s as Go's utf8.DecodeRuneInString does.
Decoded decodeRune(std::string_view s);
// Appends the UTF-8 encoding of r (U+FFFD if r is not a valid rune).
void appendRune(std::string& out, int32_t r);
bool validString(std::string_view s);

// Go's %#U layout: "U+0041 'A'", or just "U+0000" when not printable.
std::string formatRuneU(int32_t r);
// Go's strconv.Quote: a double-quoted Go string literal for s.
std::string quote(std::string_view s);
// Go's %q of a rune: 'a', '\n', '\x00', '\u00e9' stays 'é'.
std::string quoteRune(int32_t r);

}  // namespace goji::unicode
