/* Plain-C interface to libxml2's HTML parser and to zlib, for Glaneur.
 * libxml2 headers include ICU's, so they stay in the .c file; only standard C types cross here. */
#ifndef GLANEUR_XML_H
#define GLANEUR_XML_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque parsed HTML document. */
typedef struct gl_html_document gl_html_document;

/** Node kinds, mirrored from libxml2's xmlElementType for the kinds Glaneur reads. */
enum {
    GL_NODE_ELEMENT = 1,
    GL_NODE_TEXT = 3,
    GL_NODE_CDATA = 4,
    GL_NODE_COMMENT = 8
};

/** Parses UTF-8 HTML with recovery, no network access and no external entities. Never returns
 *  NULL for non-empty input unless memory runs out. */
gl_html_document *gl_html_parse(const char *utf8, size_t length);

/** Frees a parsed document; after a large one (4 MiB of input or more), also returns the freed heap
 *  to the system (malloc_trim), so that it does not stay resident during the later stages. */
void gl_html_free(gl_html_document *document);

/** Parses an XML document (an RSS or Atom feed) with recovery, no network access, no DTD loading
 *  and no entity substitution. Walk it with gl_html_root and the node functions; free it with
 *  gl_html_free. Returns NULL only when memory runs out. */
gl_html_document *gl_xml_parse(const char *bytes, size_t length);

/** The root element (usually <html>), or NULL for an empty document. */
const void *gl_html_root(const gl_html_document *document);

const void *gl_node_first_child(const void *node);
const void *gl_node_next_sibling(const void *node);
const void *gl_node_parent(const void *node);
int gl_node_kind(const void *node);
/** Lower-case element name (libxml2's HTML parser lower-cases), or NULL. */
const char *gl_node_name(const void *node);
/** Text content of a text, CDATA or comment node (UTF-8), or NULL. */
const char *gl_node_text(const void *node);

const void *gl_node_first_attribute(const void *node);
const void *gl_attribute_next(const void *attribute);
const char *gl_attribute_name(const void *attribute);
/** The attribute's value when it is a single text node, or "" otherwise. */
const char *gl_attribute_value(const void *attribute);

/** Inflates gzip or zlib data, every member of concatenated gzip data. Returns a malloc'd buffer
 *  (free with gl_xml_free) of `*out_length` bytes, or NULL when the data is corrupt or would exceed
 *  `max_length` (then `*too_large` is set to 1). */
unsigned char *gl_gunzip(const unsigned char *data, size_t length, size_t max_length, size_t *out_length, int *too_large);

void gl_xml_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif
