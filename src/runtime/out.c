/* Buffered output streams behind sys.stdout and sys.stderr.  stdout is
 * block-buffered and stderr line-buffered, as CPython's are when piped; both
 * are flushed at the end of a run. */
#include "runtime/interp.h"
#include <stdlib.h>
#include <string.h>

#define OUT_BUFFER 8192

static void out_emit(OutStream *s, const char *data, size_t len) {
    if (len && s->write) s->write(s->ctx, data, len);
}

void Out_Flush(OutStream *s) {
    out_emit(s, s->buf, s->len);
    s->len = 0;
}

int Out_Write(OutStream *s, const char *data, size_t len) {
    if (!s->buf) {
        s->buf = malloc(OUT_BUFFER);
        if (!s->buf) {
            out_emit(s, data, len);
            return 0;
        }
        s->cap = OUT_BUFFER;
    }
    if (s->len + len > s->cap) {
        Out_Flush(s);
        if (len >= s->cap) {
            out_emit(s, data, len);
            return 0;
        }
    }
    memcpy(s->buf + s->len, data, len);
    s->len += len;
    if (s->unbuffered || (s->line_buffered && memchr(data, '\n', len))) Out_Flush(s);
    return 0;
}
