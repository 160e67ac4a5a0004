#include "glaneur_xml.h"

#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <malloc.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zlib.h>

struct gl_html_document {
    htmlDocPtr document;
    /* Bytes parsed: a large page's tree is handed back to the system when freed. */
    size_t length;
};

/* Pages from this size up have their freed tree returned to the system at once: its many small
   nodes would otherwise stay in the heap, resident, while the later stages allocate afresh. */
#define GL_TRIM_AFTER_BYTES (4u << 20)

static void ignore_errors(void *context, const char *message, ...) {
    (void)context; (void)message;
}

gl_html_document *gl_html_parse(const char *utf8, size_t length) {
    if (length > INT_MAX) length = INT_MAX;
    xmlSetGenericErrorFunc(NULL, ignore_errors);
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                  HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    /* No encoding named: the input is UTF-8 already, and naming it would make libxml2 copy the
       whole page through a converter (twice the page, at the peak of memory use). */
    htmlDocPtr document = htmlReadMemory(utf8, (int)length, NULL, NULL, options);
    gl_html_document *result = calloc(1, sizeof(gl_html_document));
    if (!result) {
        if (document) xmlFreeDoc(document);
        return NULL;
    }
    result->document = document;
    result->length = length;
    return result;
}

gl_html_document *gl_xml_parse(const char *bytes, size_t length) {
    if (length > INT_MAX) length = INT_MAX;
    xmlSetGenericErrorFunc(NULL, ignore_errors);
    int options = XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET |
                  XML_PARSE_COMPACT | XML_PARSE_HUGE;
    xmlDocPtr document = xmlReadMemory(bytes, (int)length, NULL, NULL, options);
    gl_html_document *result = calloc(1, sizeof(gl_html_document));
    if (!result) {
        if (document) xmlFreeDoc(document);
        return NULL;
    }
    result->document = document;
    result->length = length;
    return result;
}

void gl_html_free(gl_html_document *document) {
    if (!document) return;
    if (document->document) xmlFreeDoc(document->document);
    int trims = document->length >= GL_TRIM_AFTER_BYTES;
    free(document);
    if (trims) malloc_trim(0);
}

const void *gl_html_root(const gl_html_document *document) {
    return document && document->document ? xmlDocGetRootElement(document->document) : NULL;
}

const void *gl_node_first_child(const void *node) { return ((const xmlNode *)node)->children; }
const void *gl_node_next_sibling(const void *node) { return ((const xmlNode *)node)->next; }
const void *gl_node_parent(const void *node) {
    const xmlNode *parent = ((const xmlNode *)node)->parent;
    return parent && parent->type == XML_ELEMENT_NODE ? parent : NULL;
}
int gl_node_kind(const void *node) { return (int)((const xmlNode *)node)->type; }
const char *gl_node_name(const void *node) { return (const char *)((const xmlNode *)node)->name; }

const char *gl_node_text(const void *node) {
    const xmlNode *n = node;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE || n->type == XML_COMMENT_NODE)
        return (const char *)n->content;
    return NULL;
}

const void *gl_node_first_attribute(const void *node) {
    const xmlNode *n = node;
    return n->type == XML_ELEMENT_NODE ? n->properties : NULL;
}
const void *gl_attribute_next(const void *attribute) { return ((const xmlAttr *)attribute)->next; }
const char *gl_attribute_name(const void *attribute) { return (const char *)((const xmlAttr *)attribute)->name; }
const char *gl_attribute_value(const void *attribute) {
    const xmlAttr *a = attribute;
    if (a->children && a->children->type == XML_TEXT_NODE && a->children->content && !a->children->next)
        return (const char *)a->children->content;
    return "";
}

unsigned char *gl_gunzip(const unsigned char *data, size_t length, size_t max_length, size_t *out_length, int *too_large) {
    *too_large = 0;
    z_stream stream;
    memset(&stream, 0, sizeof(stream));
    if (inflateInit2(&stream, 15 + 32) != Z_OK) return NULL; /* 32: detect gzip or zlib header */
    size_t capacity = length * 4 + 1024;
    if (capacity > max_length) capacity = max_length;
    unsigned char *output = malloc(capacity);
    if (!output) { inflateEnd(&stream); return NULL; }
    size_t consumed = 0;
    size_t produced = 0;
    int status = Z_OK;
    for (;;) {
        if (stream.avail_in == 0 && consumed < length) {
            size_t chunk = length - consumed > UINT_MAX ? UINT_MAX : length - consumed;
            stream.next_in = (unsigned char *)data + consumed;
            stream.avail_in = (uInt)chunk;
            consumed += chunk;
        }
        if (status == Z_STREAM_END) {
            /* Concatenated gzip members (as `cat a.gz b.gz` makes) are one stream: read them all. */
            if (stream.avail_in >= 2 && stream.next_in[0] == 0x1F && stream.next_in[1] == 0x8B) {
                if (inflateReset(&stream) != Z_OK) { status = Z_DATA_ERROR; break; }
                status = Z_OK;
            } else {
                break;
            }
        }
        if (produced == capacity) {
            if (capacity >= max_length) { *too_large = 1; status = Z_BUF_ERROR; break; }
            size_t grown = capacity * 2 > max_length ? max_length : capacity * 2;
            unsigned char *bigger = realloc(output, grown);
            if (!bigger) { status = Z_MEM_ERROR; break; }
            output = bigger;
            capacity = grown;
        }
        stream.next_out = output + produced;
        size_t room = capacity - produced;
        stream.avail_out = (uInt)(room > UINT_MAX ? UINT_MAX : room);
        status = inflate(&stream, Z_NO_FLUSH);
        produced += room - stream.avail_out;
        if (status != Z_OK && status != Z_STREAM_END) break;
        if (status == Z_OK && stream.avail_in == 0 && consumed == length && stream.avail_out != 0) { status = Z_DATA_ERROR; break; }
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) { free(output); return NULL; }
    *out_length = produced;
    return output;
}

void gl_xml_free(void *pointer) { free(pointer); }
