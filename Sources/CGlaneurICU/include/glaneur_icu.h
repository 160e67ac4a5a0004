/* Plain-C interface to the parts of ICU that Glaneur uses.
 * Only standard C types cross this boundary: ICU headers are included by the .c files alone,
 * because Foundation on Linux bundles its own ICU and the two sets of headers cannot meet. */
#ifndef GLANEUR_ICU_H
#define GLANEUR_ICU_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Kinds of text boundary analysis. */
typedef enum {
    GL_BREAK_WORD = 0,
    GL_BREAK_SENTENCE = 1
} gl_break_kind;

/** Opaque break iterator over a UTF-8 buffer; boundaries are UTF-8 byte offsets. */
typedef struct gl_break_iterator gl_break_iterator;

/** Opens a break iterator for `locale` (e.g. "fr", "en", "fr@ss=standard"). Returns NULL on failure
 *  and writes the ICU error name into `error` when it is not NULL. */
gl_break_iterator *gl_break_open(gl_break_kind kind, const char *locale, const char **error);

/** Points the iterator at `utf8[0..<length]`. The buffer must outlive the iteration. Returns 0 on success. */
int gl_break_set_text(gl_break_iterator *iterator, const char *utf8, int64_t length);

/** Next boundary (UTF-8 byte offset) or -1 at the end. */
int64_t gl_break_next(gl_break_iterator *iterator);

void gl_break_close(gl_break_iterator *iterator);

/** Word rule status ranges, mirrored from ICU's UWordBreak. */
enum {
    GL_WORD_NONE = 0, GL_WORD_NONE_LIMIT = 100,
    GL_WORD_NUMBER = 100, GL_WORD_NUMBER_LIMIT = 200,
    GL_WORD_LETTER = 200, GL_WORD_LETTER_LIMIT = 300,
    GL_WORD_KANA = 300, GL_WORD_KANA_LIMIT = 400,
    GL_WORD_IDEO = 400, GL_WORD_IDEO_LIMIT = 500
};

/** NFC-normalises UTF-8 text. Returns NULL when the text is already in NFC (or on error, with
 *  `*failed` set to 1); otherwise a malloc'd buffer of `*out_length` bytes, freed with gl_free. */
char *gl_nfc(const char *utf8, int64_t length, int64_t *out_length, int *failed);

/** Detects the charset of `bytes`. Writes the ICU charset name (NUL-terminated) into `name`
 *  and the confidence (0-100) into `*confidence`. `declared` may be NULL. Returns 0 on success. */
int gl_detect_charset(const char *bytes, int64_t length, const char *declared,
                      char *name, size_t name_capacity, int32_t *confidence);

/** Converts `bytes` from `charset` to UTF-8. Returns a malloc'd buffer (free with gl_free) of
 *  `*out_length` bytes, or NULL when the charset is unknown or conversion fails. */
char *gl_convert_to_utf8(const char *bytes, int64_t length, const char *charset, int64_t *out_length);

/** Frees a buffer returned by this library. */
void gl_free(void *pointer);

/** Points the iterator at `utf8[0..<length]` and writes all its boundaries after the start (UTF-8
 *  byte offsets) into `offsets`, with their rule statuses into `statuses` when it is not NULL: one
 *  call per text instead of two per boundary. `capacity` must be at least `length + 1`. Returns the
 *  number of boundaries, or -1 on error. */
int64_t gl_break_all(gl_break_iterator *iterator, const char *utf8, int64_t length,
                     int32_t *offsets, int32_t *statuses, int64_t capacity);

/** A new iterator with the rules and locale of `prototype`, cheaper than gl_break_open. Several
 *  threads may clone the same prototype at once as long as none of them iterates it. NULL on failure. */
gl_break_iterator *gl_break_clone(const gl_break_iterator *prototype);

/** Whether `code_point` ends sentences (Unicode Sentence_Break STerm or ATerm: . ! ? … 。 ؟ ...). */
int gl_is_sentence_terminal(uint32_t code_point);

#ifdef __cplusplus
}
#endif

#endif
