// cicu.c — the only file that includes ICU headers. See include/cicu.h.

#include "cicu.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/uregex.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/uset.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *kz_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void kz_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

// ---------------------------------------------------------------- transliterator

struct KZTranslit { UTransliterator *trans; };

static KZTranslit *wrap_translit(UTransliterator *trans) {
    if (trans == NULL) return NULL;
    KZTranslit *result = malloc(sizeof(KZTranslit));
    if (result == NULL) { utrans_close(trans); return NULL; }
    result->trans = trans;
    return result;
}

KZTranslit *kz_translit_open_id(const uint16_t *id, int32_t idLength, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *trans = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD,
                                          NULL, 0, &parseError, &code);
    *status = code;
    if (U_FAILURE(code)) { if (trans) utrans_close(trans); return NULL; }
    return wrap_translit(trans);
}

KZTranslit *kz_translit_open_rules(const uint16_t *id, int32_t idLength,
                                   const uint16_t *rules, int32_t rulesLength,
                                   int32_t *errorLine, int32_t *errorOffset,
                                   int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    memset(&parseError, 0, sizeof parseError);
    UTransliterator *trans = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD,
                                          (const UChar *)rules, rulesLength, &parseError, &code);
    *status = code;
    *errorLine = parseError.line;
    *errorOffset = parseError.offset;
    if (U_FAILURE(code)) { if (trans) utrans_close(trans); return NULL; }
    return wrap_translit(trans);
}

KZTranslit *kz_translit_clone(const KZTranslit *translit, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UTransliterator *copy = utrans_clone(translit->trans, &code);
    *status = code;
    if (U_FAILURE(code)) { if (copy) utrans_close(copy); return NULL; }
    return wrap_translit(copy);
}

void kz_translit_close(KZTranslit *translit) {
    if (translit == NULL) return;
    utrans_close(translit->trans);
    free(translit);
}

int32_t kz_translit_transform(const KZTranslit *translit,
                              const uint16_t *source, int32_t sourceLength,
                              uint16_t *destination, int32_t capacity,
                              int32_t *status) {
    // Transform in a private buffer that grows until the result fits, then copy.
    int32_t workCapacity = sourceLength * 4 + 32;
    for (;;) {
        UChar *work = malloc(sizeof(UChar) * (size_t)workCapacity);
        if (work == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
        memcpy(work, source, sizeof(UChar) * (size_t)sourceLength);
        int32_t length = sourceLength;
        int32_t limit = sourceLength;
        UErrorCode code = U_ZERO_ERROR;
        utrans_transUChars(translit->trans, work, &length, workCapacity, 0, &limit, &code);
        if (code == U_BUFFER_OVERFLOW_ERROR || length > workCapacity) {
            free(work);
            workCapacity = (length > workCapacity ? length : workCapacity) * 2 + 16;
            continue;
        }
        *status = code;
        if (U_SUCCESS(code) && length <= capacity) {
            memcpy(destination, work, sizeof(UChar) * (size_t)length);
        }
        free(work);
        return length;
    }
}

int32_t kz_translit_id_count(void) {
    UErrorCode code = U_ZERO_ERROR;
    UEnumeration *ids = utrans_openIDs(&code);
    if (U_FAILURE(code)) return 0;
    int32_t count = uenum_count(ids, &code);
    uenum_close(ids);
    return U_SUCCESS(code) ? count : 0;
}

int32_t kz_translit_id_at(int32_t index, uint16_t *buffer, int32_t capacity) {
    UErrorCode code = U_ZERO_ERROR;
    UEnumeration *ids = utrans_openIDs(&code);
    if (U_FAILURE(code)) return 0;
    int32_t length = 0;
    const UChar *id = NULL;
    for (int32_t i = 0; i <= index; i++) {
        id = uenum_unext(ids, &length, &code);
        if (id == NULL || U_FAILURE(code)) { uenum_close(ids); return 0; }
    }
    if (length <= capacity) memcpy(buffer, id, sizeof(UChar) * (size_t)length);
    uenum_close(ids);
    return length;
}

// ---------------------------------------------------------------- normalization

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *code) {
    switch (form) {
    case KZ_NORM_NFC: return unorm2_getNFCInstance(code);
    case KZ_NORM_NFD: return unorm2_getNFDInstance(code);
    case KZ_NORM_NFKC: return unorm2_getNFKCInstance(code);
    case KZ_NORM_NFKD: return unorm2_getNFKDInstance(code);
    case KZ_NORM_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(code);
    default: *code = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t kz_normalize(int32_t form, const uint16_t *source, int32_t sourceLength,
                     uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer_for(form, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    int32_t length = unorm2_normalize(norm, (const UChar *)source, sourceLength,
                                      (UChar *)destination, capacity, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = code;
    return length;
}

int32_t kz_is_normalized(int32_t form, const uint16_t *source, int32_t sourceLength,
                         int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer_for(form, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    UBool result = unorm2_isNormalized(norm, (const UChar *)source, sourceLength, &code);
    *status = code;
    return result ? 1 : 0;
}

void kz_nfc_inert_bmp(uint8_t *bits) {
    memset(bits, 0, 8192);
    for (UChar32 c = 0; c < 0x10000; c++) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0) {
            bits[c >> 3] |= (uint8_t)(1u << (c & 7));
        }
    }
}

int32_t kz_fold_case(const uint16_t *source, int32_t sourceLength,
                     uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = u_strFoldCase((UChar *)destination, capacity, (const UChar *)source,
                                   sourceLength, U_FOLD_CASE_DEFAULT, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = code;
    return length;
}

int32_t kz_to_lower(const char *locale, const uint16_t *source, int32_t sourceLength,
                    uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = u_strToLower((UChar *)destination, capacity, (const UChar *)source,
                                  sourceLength, locale, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = code;
    return length;
}

// ---------------------------------------------------------------- break iteration

struct KZBreak { UBreakIterator *iter; };

KZBreak *kz_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIteratorType type;
    switch (kind) {
    case KZ_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    case KZ_BREAK_WORD: type = UBRK_WORD; break;
    case KZ_BREAK_LINE: type = UBRK_LINE; break;
    case KZ_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
    UBreakIterator *iter = ubrk_open(type, locale, NULL, 0, &code);
    *status = code;
    if (U_FAILURE(code)) { if (iter) ubrk_close(iter); return NULL; }
    KZBreak *result = malloc(sizeof(KZBreak));
    if (result == NULL) { ubrk_close(iter); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->iter = iter;
    return result;
}

KZBreak *kz_break_clone(const KZBreak *iterator, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *copy = ubrk_clone(iterator->iter, &code);
    *status = code;
    if (U_FAILURE(code)) { if (copy) ubrk_close(copy); return NULL; }
    KZBreak *result = malloc(sizeof(KZBreak));
    if (result == NULL) { ubrk_close(copy); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->iter = copy;
    return result;
}

void kz_break_close(KZBreak *iterator) {
    if (iterator == NULL) return;
    ubrk_close(iterator->iter);
    free(iterator);
}

int32_t kz_break_boundaries(KZBreak *iterator, const uint16_t *text, int32_t length,
                            int32_t *boundaries, int32_t *ruleStatus, int32_t capacity,
                            int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText(iterator->iter, (const UChar *)text, length, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    int32_t count = 0;
    for (int32_t position = ubrk_first(iterator->iter); position != UBRK_DONE;
         position = ubrk_next(iterator->iter)) {
        if (count < capacity) {
            boundaries[count] = position;
            if (ruleStatus != NULL) ruleStatus[count] = ubrk_getRuleStatus(iterator->iter);
        }
        count++;
    }
    // Detach the iterator from the caller's buffer.
    ubrk_setText(iterator->iter, NULL, 0, &code);
    *status = U_ZERO_ERROR;
    return count;
}

// ---------------------------------------------------------------- charsets

void kz_charset_detect(const char *bytes, int32_t length,
                       char *name, int32_t nameCapacity,
                       char *language, int32_t languageCapacity,
                       int32_t *confidence, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    if (nameCapacity > 0) name[0] = 0;
    if (languageCapacity > 0) language[0] = 0;
    *confidence = 0;
    UCharsetDetector *detector = ucsdet_open(&code);
    if (U_FAILURE(code)) { *status = code; return; }
    ucsdet_setText(detector, bytes, length, &code);
    const UCharsetMatch *match = ucsdet_detect(detector, &code);
    if (U_SUCCESS(code) && match != NULL) {
        const char *found = ucsdet_getName(match, &code);
        const char *lang = ucsdet_getLanguage(match, &code);
        *confidence = ucsdet_getConfidence(match, &code);
        if (found && nameCapacity > 0) { strncpy(name, found, (size_t)nameCapacity - 1); name[nameCapacity - 1] = 0; }
        if (lang && languageCapacity > 0) { strncpy(language, lang, (size_t)languageCapacity - 1); language[languageCapacity - 1] = 0; }
    }
    *status = code;
    ucsdet_close(detector);
}

typedef struct { int32_t replaced; } ReplaceCounter;

static void count_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                 const char *codeUnits, int32_t length,
                                 UConverterCallbackReason reason, UErrorCode *err) {
    (void)codeUnits; (void)length;
    if (reason > UCNV_IRREGULAR) return; // reset, close, clone: nothing to do
    ReplaceCounter *counter = (ReplaceCounter *)context;
    counter->replaced++;
    static const UChar replacement = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

int32_t kz_convert_to_utf16(const char *charset, const char *source, int32_t sourceLength,
                            uint16_t *destination, int32_t capacity,
                            int32_t *replaced, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    ReplaceCounter counter = {0};
    UConverterToUCallback oldAction;
    const void *oldContext;
    ucnv_setToUCallBack(converter, count_and_substitute, &counter, &oldAction, &oldContext, &code);
    int32_t length = ucnv_toUChars(converter, (UChar *)destination, capacity, source, sourceLength, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    ucnv_close(converter);
    *replaced = counter.replaced;
    *status = code;
    return length;
}

int32_t kz_convert_from_utf16(const char *charset, const uint16_t *source, int32_t sourceLength,
                              char *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    int32_t length = ucnv_fromUChars(converter, destination, capacity, (const UChar *)source, sourceLength, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    ucnv_close(converter);
    *status = code;
    return length;
}

int32_t kz_charset_known(const char *charset) {
    UErrorCode code = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &code);
    if (converter) ucnv_close(converter);
    return U_SUCCESS(code) ? 1 : 0;
}

// ---------------------------------------------------------------- locale data

int32_t kz_display_language(const char *code, const char *displayLocale,
                            uint16_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayLanguage(code, displayLocale, (UChar *)buffer, capacity, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = err;
    return length;
}

int32_t kz_display_region(const char *code, const char *displayLocale,
                          uint16_t *buffer, int32_t capacity, int32_t *status) {
    // uloc_getDisplayCountry wants a locale: "und_KZ".
    char locale[32];
    size_t n = strlen(code);
    if (n > 20) { *status = U_ILLEGAL_ARGUMENT_ERROR; return 0; }
    memcpy(locale, "und_", 4);
    memcpy(locale + 4, code, n + 1);
    UErrorCode err = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayCountry(locale, displayLocale, (UChar *)buffer, capacity, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = err;
    return length;
}

static int32_t count_list(const char *const *list) {
    int32_t count = 0;
    while (list[count] != NULL) count++;
    return count;
}

int32_t kz_region_count(void) { return count_list(uloc_getISOCountries()); }
const char *kz_region_at(int32_t index) { return uloc_getISOCountries()[index]; }
int32_t kz_language_count(void) { return count_list(uloc_getISOLanguages()); }
const char *kz_language_at(int32_t index) { return uloc_getISOLanguages()[index]; }

// ---------------------------------------------------------------- regular expressions

struct KZRegex { URegularExpression *regex; };

KZRegex *kz_regex_open(const uint16_t *pattern, int32_t length, int32_t caseInsensitive,
                       int32_t *errorOffset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    memset(&parseError, 0, sizeof parseError);
    URegularExpression *regex = uregex_open((const UChar *)pattern, length,
                                            caseInsensitive ? UREGEX_CASE_INSENSITIVE : 0, &parseError, &code);
    *status = code;
    *errorOffset = parseError.offset;
    if (U_FAILURE(code)) { if (regex) uregex_close(regex); return NULL; }
    KZRegex *result = malloc(sizeof(KZRegex));
    if (result == NULL) { uregex_close(regex); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->regex = regex;
    return result;
}

KZRegex *kz_regex_clone(const KZRegex *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    URegularExpression *copy = uregex_clone(regex->regex, &code);
    *status = code;
    if (U_FAILURE(code)) { if (copy) uregex_close(copy); return NULL; }
    KZRegex *result = malloc(sizeof(KZRegex));
    if (result == NULL) { uregex_close(copy); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->regex = copy;
    return result;
}

void kz_regex_close(KZRegex *regex) {
    if (regex == NULL) return;
    uregex_close(regex->regex);
    free(regex);
}

int32_t kz_regex_match_whole(KZRegex *regex, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_setText(regex->regex, (const UChar *)text, length, &code);
    UBool matched = U_SUCCESS(code) ? uregex_matches(regex->regex, 0, &code) : 0;
    int32_t result = -1;
    if (U_SUCCESS(code) && matched) {
        result = 0;
        int32_t groups = uregex_groupCount(regex->regex, &code);
        for (int32_t group = 1; group <= groups && U_SUCCESS(code); group++) {
            if (uregex_start(regex->regex, group, &code) >= 0) { result = group; break; }
        }
    }
    static const UChar empty[1] = {0};
    UErrorCode ignored = U_ZERO_ERROR;
    uregex_setText(regex->regex, empty, 0, &ignored);
    *status = code;
    return result;
}

// ---------------------------------------------------------------- calendar names

int32_t kz_month_name(const char *locale, int32_t month, int32_t form,
                      uint16_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UDateFormat *format = udat_open(UDAT_NONE, UDAT_MEDIUM, locale, NULL, 0, NULL, 0, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    UDateFormatSymbolType type;
    switch (form) {
    case 1: type = UDAT_STANDALONE_MONTHS; break;
    case 2: type = UDAT_SHORT_MONTHS; break;
    case 3: type = UDAT_STANDALONE_SHORT_MONTHS; break;
    default: type = UDAT_MONTHS; break;
    }
    int32_t length = udat_getSymbols(format, type, month, (UChar *)buffer, capacity, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    udat_close(format);
    *status = code;
    return length;
}

int32_t kz_date_pattern(const char *locale, int32_t style,
                        uint16_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UDateFormatStyle dateStyle = style == 0 ? UDAT_FULL : style == 1 ? UDAT_LONG : style == 2 ? UDAT_MEDIUM : UDAT_SHORT;
    UDateFormat *format = udat_open(UDAT_NONE, dateStyle, locale, NULL, 0, NULL, 0, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    int32_t length = udat_toPattern(format, false, (UChar *)buffer, capacity, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    udat_close(format);
    *status = code;
    return length;
}

// ---------------------------------------------------------------- spelled-out numbers

// The `index`-th public rule set of `format` (names separated by ';' in
// UNUM_PUBLIC_RULESETS): start and length in `names`, or length -1 when absent.
static int32_t spellout_rule_set(UNumberFormat *format, int32_t index, UChar *names, int32_t capacity,
                                 int32_t *start, UErrorCode *code) {
    int32_t length = unum_getTextAttribute(format, UNUM_PUBLIC_RULESETS, names, capacity, code);
    if (U_FAILURE(*code)) return -1;
    if (length > capacity) length = capacity;
    int32_t current = 0, begin = 0;
    for (int32_t i = 0; i <= length; i++) {
        if (i == length || names[i] == ';') {
            if (i > begin) {
                if (current == index) { *start = begin; return i - begin; }
                current++;
            }
            begin = i + 1;
        }
    }
    return -1;
}

// Opens `locale`'s spellout formatter and finds its public rule set number `ruleSet`
// (copied to `names`, at `*start`, `*length` long). NULL with `*code` set on failure.
static UNumberFormat *open_spellout(const char *locale, int32_t ruleSet, UChar *names, int32_t capacity,
                                    int32_t *start, int32_t *length, UErrorCode *code) {
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, code);
    if (U_FAILURE(*code)) return NULL;
    *length = spellout_rule_set(format, ruleSet, names, capacity, start, code);
    if (U_FAILURE(*code) || *length < 0) {
        unum_close(format);
        if (U_SUCCESS(*code)) *code = U_ILLEGAL_ARGUMENT_ERROR;
        return NULL;
    }
    return format;
}

int32_t kz_spellout_rule_set_name(const char *locale, int32_t ruleSet,
                                  uint16_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UChar names[4096];
    int32_t start = 0, length = 0;
    UNumberFormat *format = open_spellout(locale, ruleSet, names, 4096, &start, &length, &code);
    if (format == NULL) {
        // past the last rule set: no name, no error
        *status = code == U_ILLEGAL_ARGUMENT_ERROR ? U_ZERO_ERROR : code;
        return 0;
    }
    unum_close(format);
    *status = code;
    if (length <= capacity) memcpy(buffer, names + start, (size_t)length * sizeof(UChar));
    return length;
}

int32_t kz_spellout(const char *locale, int32_t ruleSet, const int64_t *values, int32_t count,
                    uint16_t *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UChar names[4096];
    int32_t start = 0, length = 0;
    UNumberFormat *format = open_spellout(locale, ruleSet, names, 4096, &start, &length, &code);
    if (format == NULL) { *status = code; return 0; }
    unum_setTextAttribute(format, UNUM_DEFAULT_RULESET, names + start, length, &code);
    int32_t needed = 0;
    UChar one[512];
    for (int32_t i = 0; i < count && U_SUCCESS(code); i++) {
        int32_t n = unum_formatInt64(format, values[i], one, 512, NULL, &code);
        if (code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
        if (U_FAILURE(code) || n > 512) { code = U_ZERO_ERROR; n = 0; }
        if (i > 0) { if (needed < capacity) buffer[needed] = '\n'; needed++; }
        for (int32_t j = 0; j < n; j++, needed++) if (needed < capacity) buffer[needed] = one[j];
    }
    unum_close(format);
    *status = code;
    return needed;
}

// ---------------------------------------------------------------- scripts

int32_t kz_script_of(uint32_t codePoint) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &code);
    return U_SUCCESS(code) ? (int32_t)script : -1;
}

const char *kz_script_short_name(int32_t scriptCode) {
    return uscript_getShortName((UScriptCode)scriptCode);
}

// ---------------------------------------------------------------- spoof checking

struct KZSpoof { USpoofChecker *checker; };

KZSpoof *kz_spoof_open(int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&code);
    if (U_SUCCESS(code)) {
        uspoof_setChecks(checker, USPOOF_MIXED_SCRIPT_CONFUSABLE | USPOOF_WHOLE_SCRIPT_CONFUSABLE
                         | USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE, &code);
        uspoof_setRestrictionLevel(checker, USPOOF_HIGHLY_RESTRICTIVE);
    }
    *status = code;
    if (U_FAILURE(code)) { if (checker) uspoof_close(checker); return NULL; }
    KZSpoof *result = malloc(sizeof(KZSpoof));
    if (result == NULL) { uspoof_close(checker); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->checker = checker;
    return result;
}

void kz_spoof_close(KZSpoof *checker) {
    if (checker == NULL) return;
    uspoof_close(checker->checker);
    free(checker);
}

int32_t kz_spoof_check(const KZSpoof *checker, const uint16_t *text, int32_t length,
                       int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = uspoof_check2(checker->checker, (const UChar *)text, length, NULL, &code);
    *status = code;
    return result;
}

int32_t kz_spoof_skeleton(const KZSpoof *checker, const uint16_t *text, int32_t length,
                          uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t needed = uspoof_getSkeleton(checker->checker, 0, (const UChar *)text, length,
                                        (UChar *)destination, capacity, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR || code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = code;
    return needed;
}

// ---------------------------------------------------------------- locale exemplar characters (language identification)

int32_t kz_exemplar_ranges(const char *locale, int32_t kind, uint32_t *ranges,
                           int32_t capacityPairs, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ULocaleData *data = ulocdata_open(locale, &code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    USet *set = ulocdata_getExemplarSet(data, NULL, USET_ADD_CASE_MAPPINGS,
                                        kind == KZ_EXEMPLAR_AUXILIARY ? ULOCDATA_ES_AUXILIARY
                                                                       : ULOCDATA_ES_STANDARD,
                                        &code);
    ulocdata_close(data);
    if (U_FAILURE(code) || set == NULL) { *status = code; if (set) uset_close(set); return 0; }
    int32_t pairs = uset_getRangeCount(set);
    for (int32_t i = 0; i < pairs && i < capacityPairs; i++) {
        UChar32 start = 0, end = 0;
        UErrorCode itemCode = U_ZERO_ERROR;
        uset_getItem(set, i, &start, &end, NULL, 0, &itemCode);
        ranges[2 * i] = (uint32_t)start;
        ranges[2 * i + 1] = (uint32_t)end;
    }
    uset_close(set);
    *status = code;
    return pairs;
}
