// cicu.h — the C face of ICU for kzalign.
//
// Only plain C types and opaque handles cross this boundary: Foundation on
// Linux carries its own ICU module, and a Swift module that saw both sets of
// ICU headers would not compile. Every ICU call lives in cicu.c.
//
// Conventions:
//  - Text is UTF-16 (uint16_t) with an explicit length, never NUL-terminated.
//  - `status` is an ICU UErrorCode as int32_t: <= 0 success (negative values
//    are warnings), > 0 failure. `kz_error_name` turns it into ICU's name.
//  - Functions that fill a caller buffer return the length they need; when
//    that is larger than the capacity nothing useful was written and the
//    caller retries with a larger buffer.

#ifndef KZ_CICU_H
#define KZ_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's name for an error code ("U_ILLEGAL_ARGUMENT_ERROR").
const char *kz_error_name(int32_t status);

/// The ICU version string ("72.1").
void kz_icu_version(char *buffer, int32_t capacity);

// ---------------------------------------------------------------- transliterator

typedef struct KZTranslit KZTranslit;

/// Opens a system transliterator by id or compound id ("Russian-Latin/BGN",
/// "Any-Latin; Latin-ASCII"). NULL on failure with `status` set.
KZTranslit *kz_translit_open_id(const uint16_t *id, int32_t idLength, int32_t *status);

/// Builds a transliterator from rule text. On a syntax error returns NULL,
/// sets `status` and reports the 1-based line and the offset within it.
KZTranslit *kz_translit_open_rules(const uint16_t *id, int32_t idLength,
                                   const uint16_t *rules, int32_t rulesLength,
                                   int32_t *errorLine, int32_t *errorOffset,
                                   int32_t *status);

/// An independent copy, for use on another thread.
KZTranslit *kz_translit_clone(const KZTranslit *translit, int32_t *status);

void kz_translit_close(KZTranslit *translit);

/// Transliterates `source` into `destination`; returns the needed length.
int32_t kz_translit_transform(const KZTranslit *translit,
                              const uint16_t *source, int32_t sourceLength,
                              uint16_t *destination, int32_t capacity,
                              int32_t *status);

/// Number of registered transliterator ids, and the id at `index`.
int32_t kz_translit_id_count(void);
int32_t kz_translit_id_at(int32_t index, uint16_t *buffer, int32_t capacity);

// ---------------------------------------------------------------- normalization

enum {
    KZ_NORM_NFC = 0,
    KZ_NORM_NFD = 1,
    KZ_NORM_NFKC = 2,
    KZ_NORM_NFKD = 3,
    KZ_NORM_NFKC_CASEFOLD = 4,
};

/// Normalizes `source` into `destination`; returns the needed length.
/// The ICU normalizer instances are shared and thread-safe.
int32_t kz_normalize(int32_t form, const uint16_t *source, int32_t sourceLength,
                     uint16_t *destination, int32_t capacity, int32_t *status);

/// 1 when `source` is already in `form`, 0 when not.
int32_t kz_is_normalized(int32_t form, const uint16_t *source, int32_t sourceLength,
                         int32_t *status);

/// Sets bit `c` of `bits` (8,192 bytes, bit `c & 7` of byte `c >> 3`) for every BMP code
/// point that is NFC_Quick_Check=Yes with canonical combining class 0: a text made only of
/// such characters is in NFC (UAX #15, section 9, quick check).
void kz_nfc_inert_bmp(uint8_t *bits);

/// Full Unicode case folding / lowercasing (locale-aware for "tr", "az", "lt").
int32_t kz_fold_case(const uint16_t *source, int32_t sourceLength,
                     uint16_t *destination, int32_t capacity, int32_t *status);
int32_t kz_to_lower(const char *locale, const uint16_t *source, int32_t sourceLength,
                    uint16_t *destination, int32_t capacity, int32_t *status);

// ---------------------------------------------------------------- break iteration

typedef struct KZBreak KZBreak;

enum {
    KZ_BREAK_CHARACTER = 0,
    KZ_BREAK_WORD = 1,
    KZ_BREAK_LINE = 2,
    KZ_BREAK_SENTENCE = 3,
};

/// Opens a break iterator for `locale` ("en", "de@ss=standard" enables the
/// sentence-break abbreviation suppressions CLDR has for that language).
KZBreak *kz_break_open(int32_t kind, const char *locale, int32_t *status);
KZBreak *kz_break_clone(const KZBreak *iterator, int32_t *status);
void kz_break_close(KZBreak *iterator);

/// Writes every boundary of `text` (0 and `length` included) as UTF-16
/// offsets into `boundaries`, and each boundary's rule status into
/// `ruleStatus` when not NULL (for words: 0 none, 100 number, 200 letter,
/// 300 kana, 400 ideograph). Returns the number of boundaries; when it
/// exceeds `capacity` call again with a larger buffer.
int32_t kz_break_boundaries(KZBreak *iterator, const uint16_t *text, int32_t length,
                            int32_t *boundaries, int32_t *ruleStatus, int32_t capacity,
                            int32_t *status);

// ---------------------------------------------------------------- charsets

/// Detects the charset of `bytes`. Writes its ICU name into `name` and its
/// confidence (0–100) into `confidence`. `language` receives the detector's
/// language guess ("ru") when it has one.
void kz_charset_detect(const char *bytes, int32_t length,
                       char *name, int32_t nameCapacity,
                       char *language, int32_t languageCapacity,
                       int32_t *confidence, int32_t *status);

/// Converts bytes in `charset` to UTF-16. Invalid or unmappable sequences
/// become U+FFFD and are counted in `replaced`. Returns the needed length.
int32_t kz_convert_to_utf16(const char *charset, const char *source, int32_t sourceLength,
                            uint16_t *destination, int32_t capacity,
                            int32_t *replaced, int32_t *status);

/// Converts UTF-16 to bytes in `charset` (unmappable characters become the
/// charset's substitution byte). Returns the needed length in bytes.
int32_t kz_convert_from_utf16(const char *charset, const uint16_t *source, int32_t sourceLength,
                              char *destination, int32_t capacity, int32_t *status);

/// 1 when ICU knows a converter by that name or alias.
int32_t kz_charset_known(const char *charset);

// ---------------------------------------------------------------- locale data (CLDR)

/// Display name of a language code ("kk") in `displayLocale` ("de").
/// Returns the needed length; 0 and a warning status when CLDR has none.
int32_t kz_display_language(const char *code, const char *displayLocale,
                            uint16_t *buffer, int32_t capacity, int32_t *status);
/// Display name of a region code ("KZ") in `displayLocale`.
int32_t kz_display_region(const char *code, const char *displayLocale,
                          uint16_t *buffer, int32_t capacity, int32_t *status);

/// ISO 3166 region codes and ISO 639 language codes ICU knows.
int32_t kz_region_count(void);
const char *kz_region_at(int32_t index);
int32_t kz_language_count(void);
const char *kz_language_at(int32_t index);

// ---------------------------------------------------------------- regular expressions

typedef struct KZRegex KZRegex;

/// Compiles an ICU regular expression. `caseInsensitive` 1 for UREGEX_CASE_INSENSITIVE.
/// On a syntax error returns NULL and sets `errorOffset` (UTF-16 offset in the pattern).
KZRegex *kz_regex_open(const uint16_t *pattern, int32_t length, int32_t caseInsensitive,
                       int32_t *errorOffset, int32_t *status);
/// An independent copy (a regex is not thread-safe while matching).
KZRegex *kz_regex_clone(const KZRegex *regex, int32_t *status);
void kz_regex_close(KZRegex *regex);
/// 1-based index of the first capture group that took part in a match of the
/// whole `text`, 0 when the match has no group, -1 when the text does not match.
int32_t kz_regex_match_whole(KZRegex *regex, const uint16_t *text, int32_t length, int32_t *status);

// ---------------------------------------------------------------- calendar names (CLDR)

/// The name of month `month` (0 = January) in `locale` (Gregorian calendar).
/// `form`: 0 format wide ("января" in ru), 1 stand-alone wide ("январь"),
/// 2 format abbreviated ("янв."), 3 stand-alone abbreviated.
/// Returns the needed length.
int32_t kz_month_name(const char *locale, int32_t month, int32_t form,
                      uint16_t *buffer, int32_t capacity, int32_t *status);

/// The date pattern of `locale` in `style` (0 full, 1 long, 2 medium, 3 short), e.g.
/// "d 'de' MMMM 'de' y" (es, long). Returns the needed length.
int32_t kz_date_pattern(const char *locale, int32_t style,
                        uint16_t *buffer, int32_t capacity, int32_t *status);

// ---------------------------------------------------------------- spelled-out numbers (CLDR RBNF)

/// Spells each of `values` out in `locale` with the public rule set number `ruleSet`
/// of that locale's ICU spellout formatter (0, 1, … in ICU's order; see
/// `kz_spellout_rule_set_name`), e.g. 12 → "twelve" (en), "douze" (fr),
/// "двенадцати" (ru, %spellout-cardinal-masculine-genitive), writing them
/// separated by '\n'. One formatter per call: callers cache results.
/// Returns the needed length.
int32_t kz_spellout(const char *locale, int32_t ruleSet, const int64_t *values, int32_t count,
                    uint16_t *buffer, int32_t capacity, int32_t *status);
/// The name of public rule set number `ruleSet` ("%spellout-cardinal-feminine") of
/// `locale`'s spellout formatter; returns the needed length, 0 past the last one.
int32_t kz_spellout_rule_set_name(const char *locale, int32_t ruleSet,
                                  uint16_t *buffer, int32_t capacity, int32_t *status);

// ---------------------------------------------------------------- scripts

/// ICU's UScriptCode of a code point (USCRIPT_LATIN = 25, USCRIPT_CYRILLIC = 8, …).
int32_t kz_script_of(uint32_t codePoint);
/// ISO 15924 short name of a script code ("Latn", "Cyrl").
const char *kz_script_short_name(int32_t scriptCode);

// ---------------------------------------------------------------- spoof checking

typedef struct KZSpoof KZSpoof;

/// A spoof checker configured for mixed-script and confusable checks.
/// Checking and skeletons are thread-safe once it is open.
KZSpoof *kz_spoof_open(int32_t *status);
void kz_spoof_close(KZSpoof *checker);
/// ICU's USpoofChecks bit set of the failures found (0 = passes).
int32_t kz_spoof_check(const KZSpoof *checker, const uint16_t *text, int32_t length,
                       int32_t *status);
/// The confusable skeleton (UTS #39) of `text`; returns the needed length.
int32_t kz_spoof_skeleton(const KZSpoof *checker, const uint16_t *text, int32_t length,
                          uint16_t *destination, int32_t capacity, int32_t *status);

// ---------------------------------------------------------------- locale exemplar characters (language identification)

enum {
    KZ_EXEMPLAR_MAIN = 0,
    KZ_EXEMPLAR_AUXILIARY = 1,
};

/// The CLDR exemplar characters of `locale` ("kk", "uz_Cyrl") as inclusive code
/// point ranges, closed over case: pairs (start, end) written to `ranges`
/// (2 × capacityPairs values). Multi-character strings in the set are left
/// out. Returns the number of pairs the set has (retry when larger than
/// capacityPairs). A locale without data gives root's set; `status` > 0 on failure.
int32_t kz_exemplar_ranges(const char *locale, int32_t kind, uint32_t *ranges,
                           int32_t capacityPairs, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
