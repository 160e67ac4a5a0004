#include "glaneur_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>

struct gl_break_iterator {
    UBreakIterator *iterator;
    UText *text;
};

gl_break_iterator *gl_break_open(gl_break_kind kind, const char *locale, const char **error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == GL_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        if (error) *error = u_errorName(status);
        return NULL;
    }
    gl_break_iterator *result = calloc(1, sizeof(gl_break_iterator));
    if (!result) {
        ubrk_close(iterator);
        if (error) *error = "out of memory";
        return NULL;
    }
    result->iterator = iterator;
    return result;
}

int gl_break_set_text(gl_break_iterator *iterator, const char *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    iterator->text = utext_openUTF8(iterator->text, utf8, length, &status);
    if (U_FAILURE(status)) return (int)status;
    ubrk_setUText(iterator->iterator, iterator->text, &status);
    return U_FAILURE(status) ? (int)status : 0;
}

int64_t gl_break_next(gl_break_iterator *iterator) {
    int32_t next = ubrk_next(iterator->iterator);
    return next == UBRK_DONE ? -1 : (int64_t)next;
}

void gl_break_close(gl_break_iterator *iterator) {
    if (!iterator) return;
    ubrk_close(iterator->iterator);
    if (iterator->text) utext_close(iterator->text);
    free(iterator);
}

/* UTF-8 -> UTF-16 into a malloc'd buffer. */
static UChar *to_utf16(const char *utf8, int64_t length, int32_t *out_length) {
    UErrorCode status = U_ZERO_ERROR;
    if (length > INT32_MAX / 2) return NULL;
    int32_t needed = 0;
    u_strFromUTF8WithSub(NULL, 0, &needed, utf8, (int32_t)length, 0xFFFD, NULL, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return NULL;
    status = U_ZERO_ERROR;
    UChar *buffer = malloc(sizeof(UChar) * (size_t)(needed + 1));
    if (!buffer) return NULL;
    u_strFromUTF8WithSub(buffer, needed + 1, out_length, utf8, (int32_t)length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) { free(buffer); return NULL; }
    return buffer;
}

/* UTF-16 -> UTF-8 into a malloc'd buffer. */
static char *to_utf8(const UChar *utf16, int32_t length, int64_t *out_length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8WithSub(NULL, 0, &needed, utf16, length, 0xFFFD, NULL, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return NULL;
    status = U_ZERO_ERROR;
    char *buffer = malloc((size_t)needed + 1);
    if (!buffer) return NULL;
    int32_t written = 0;
    u_strToUTF8WithSub(buffer, needed + 1, &written, utf16, length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) { free(buffer); return NULL; }
    *out_length = written;
    return buffer;
}

char *gl_nfc(const char *utf8, int64_t length, int64_t *out_length, int *failed) {
    *failed = 0;
    /* Pure ASCII is always NFC. */
    int ascii = 1;
    for (int64_t i = 0; i < length; i++) {
        if ((unsigned char)utf8[i] >= 0x80) { ascii = 0; break; }
    }
    if (ascii) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) { *failed = 1; return NULL; }
    int32_t source_length = 0;
    UChar *source = to_utf16(utf8, length, &source_length);
    if (!source) { *failed = 1; return NULL; }
    if (unorm2_isNormalized(nfc, source, source_length, &status) && U_SUCCESS(status)) {
        free(source);
        return NULL;
    }
    status = U_ZERO_ERROR;
    int32_t capacity = source_length * 3 + 16;
    UChar *target = malloc(sizeof(UChar) * (size_t)capacity);
    if (!target) { free(source); *failed = 1; return NULL; }
    int32_t target_length = unorm2_normalize(nfc, source, source_length, target, capacity, &status);
    free(source);
    if (U_FAILURE(status)) { free(target); *failed = 1; return NULL; }
    char *result = to_utf8(target, target_length, out_length);
    free(target);
    if (!result) *failed = 1;
    return result;
}

int gl_detect_charset(const char *bytes, int64_t length, const char *declared,
                      char *name, size_t name_capacity, int32_t *confidence) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return (int)status;
    int32_t sample = length > (1 << 20) ? (1 << 20) : (int32_t)length;
    ucsdet_setText(detector, bytes, sample, &status);
    if (declared && *declared) ucsdet_setDeclaredEncoding(detector, declared, -1, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    if (U_FAILURE(status) || !match) {
        ucsdet_close(detector);
        return U_FAILURE(status) ? (int)status : -1;
    }
    const char *detected = ucsdet_getName(match, &status);
    *confidence = ucsdet_getConfidence(match, &status);
    if (U_SUCCESS(status) && detected) {
        strncpy(name, detected, name_capacity - 1);
        name[name_capacity - 1] = '\0';
    }
    ucsdet_close(detector);
    return U_FAILURE(status) ? (int)status : 0;
}

char *gl_convert_to_utf8(const char *bytes, int64_t length, const char *charset, int64_t *out_length) {
    if (length > INT32_MAX / 4) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    int32_t capacity = (int32_t)length * 4 + 16;
    char *target = malloc((size_t)capacity);
    if (!target) return NULL;
    int32_t written = ucnv_convert("UTF-8", charset, target, capacity, bytes, (int32_t)length, &status);
    if (U_FAILURE(status)) { free(target); return NULL; }
    *out_length = written;
    return target;
}

void gl_free(void *pointer) { free(pointer); }

int64_t gl_break_all(gl_break_iterator *iterator, const char *utf8, int64_t length,
                     int32_t *offsets, int32_t *statuses, int64_t capacity) {
    if (gl_break_set_text(iterator, utf8, length) != 0) return -1;
    int64_t count = 0;
    for (int32_t boundary = ubrk_next(iterator->iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator->iterator)) {
        if (count >= capacity) return -1;
        offsets[count] = boundary;
        if (statuses) statuses[count] = ubrk_getRuleStatus(iterator->iterator);
        count++;
    }
    return count;
}

gl_break_iterator *gl_break_clone(const gl_break_iterator *prototype) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(prototype->iterator, &status);
    if (U_FAILURE(status)) return NULL;
    gl_break_iterator *result = calloc(1, sizeof(gl_break_iterator));
    if (!result) {
        ubrk_close(iterator);
        return NULL;
    }
    result->iterator = iterator;
    return result;
}

int gl_is_sentence_terminal(uint32_t code_point) {
    int32_t value = u_getIntPropertyValue((UChar32)code_point, UCHAR_SENTENCE_BREAK);
    return value == U_SB_STERM || value == U_SB_ATERM;
}
