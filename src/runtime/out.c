/* Buffered output streams behind sys.stdout and sys.stderr, in the two
 * layers CPython 3.14 has when they are not a terminal: text waits in a
 * chunk of its own (TextIOWrapper's, 8 KiB) that goes to a 128 KiB byte
 * buffer (BufferedWriter's) once it grows past 8 KiB; the byte buffer is
 * written out when a chunk no longer fits, on flush, and at the end of a
 * run.  stderr is line-buffered.  The moment and the size of each write, and
 * what a failed write loses, are CPython's, so a closed pipe or a full disk
 * fails at the same print() as there.
 *
 * buf holds the byte buffer's `committed` bytes, then the pending text. */
#include "runtime/err.h"
#include "runtime/interp.h"
#include "runtime/signals.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OUT_CHUNK 8192      /* TextIOWrapper's chunk size */
#define OUT_BUFFER 131072   /* io.DEFAULT_BUFFER_SIZE in 3.14 */

/* Writes data[0:len] to the stream's file descriptor or callback and
 * removes what was written from the front of buf.  On failure -1 with an
 * OSError (or what a signal handler raised) when raising, else with
 * nothing set; what was not written stays.  EINTR is retried (PEP 475). */
static int out_raw_write(OutStream *s, size_t len, bool raising) {
    size_t done = 0;
    int r = 0;
    if (s->fd < 0) {
        if (len && s->write) s->write(s->ctx, s->buf, len);
        done = len;
    }
    while (done < len) {
        ssize_t n = write(s->fd, s->buf + done, len - done);
        if (n >= 0) {
            done += (size_t)n;
            continue;
        }
        if (errno == EINTR) {
            if (raising && Signals_Run() < 0) {
                r = -1;
                break;
            }
            continue;
        }
        if (raising) Err_FromErrno(Exc_OSError);
        r = -1;
        break;
    }
    if (!done) return r;
    memmove(s->buf, s->buf + done, s->len - done);
    s->len -= done;
    s->committed -= done < s->committed ? done : s->committed;
    return r;
}

/* Makes room for n more bytes in buf.  -1 (MemoryError when raising;
 * otherwise the bytes are lost). */
static int out_reserve(OutStream *s, size_t n, bool raising) {
    if (s->len + n <= s->cap) return 0;
    size_t cap = s->cap ? s->cap : OUT_BUFFER + OUT_CHUNK;
    while (cap < s->len + n) cap *= 2;
    char *b = realloc(s->buf, cap);
    if (!b) {
        if (raising) Err_NoMemory();
        return -1;
    }
    s->buf = b;
    s->cap = cap;
    return 0;
}

/* The pending text goes to the byte buffer (TextIOWrapper's flush of its
 * chunk): when it does not fit, the byte buffer is written out first, and
 * if that fails the chunk is lost, as in CPython. */
static int out_commit(OutStream *s, bool raising) {
    size_t pending = s->len - s->committed;
    if (!pending || s->committed + pending <= OUT_BUFFER) {
        s->committed = s->len;
        return 0;
    }
    if (s->committed && out_raw_write(s, s->committed, raising) < 0) {
        s->len = s->committed;
        return -1;
    }
    /* a chunk larger than the whole buffer goes straight out */
    if (pending > OUT_BUFFER) {
        int r = out_raw_write(s, s->len, raising);
        s->len = s->committed = 0;
        return r;
    }
    s->committed = s->len;
    return 0;
}

static int out_flush(OutStream *s, bool raising) {
    if (out_commit(s, raising) < 0) return -1;
    return out_raw_write(s, s->len, raising);
}

static int out_write(OutStream *s, const char *data, size_t len, bool raising) {
    if (out_reserve(s, len, raising) < 0) return -1;
    if (len == 1) s->buf[s->len] = *data; /* print()'s separators and ends, without a call */
    else if (len) memcpy(s->buf + s->len, data, len); /* an empty write may meet no buffer yet */
    s->len += len;
    if (s->line_buffered && memchr(data, '\n', len)) return out_flush(s, raising);
    /* without a byte buffer (-u), text that leaves the chunk goes out */
    if (s->len - s->committed > OUT_CHUNK || s->write_through)
        return s->unbuffered ? out_flush(s, raising) : out_commit(s, raising);
    return 0;
}

/* A write to sys.stdout.buffer: the bytes join the byte buffer, ahead of
 * any pending text (as in CPython, where the text waits in TextIOWrapper
 * above the buffer). */
int Out_WriteBinaryChecked(OutStream *s, const char *data, size_t len) {
    if (len == 0) return 0;
    if (s->committed + len > OUT_BUFFER) {
        if (s->committed && out_raw_write(s, s->committed, true) < 0) return -1;
        if (len > OUT_BUFFER) {
            /* too large for the buffer: pending text stays behind it */
            size_t pending = s->len;
            if (out_reserve(s, len, true) < 0) return -1;
            memmove(s->buf + len, s->buf, pending);
            memcpy(s->buf, data, len);
            s->len += len;
            return out_raw_write(s, len, true);
        }
    }
    if (out_reserve(s, len, true) < 0) return -1;
    memmove(s->buf + s->committed + len, s->buf + s->committed, s->len - s->committed);
    memcpy(s->buf + s->committed, data, len);
    s->len += len;
    s->committed += len;
    /* no line buffering here: that is the text layer's */
    if (s->unbuffered) return out_flush(s, true);
    return 0;
}

int Out_Write(OutStream *s, const char *data, size_t len) {
    out_write(s, data, len, false);
    return 0;
}

void Out_Flush(OutStream *s) { out_flush(s, false); }

int Out_WriteChecked(OutStream *s, const char *data, size_t len) { return out_write(s, data, len, true); }

int Out_FlushChecked(OutStream *s) { return out_flush(s, true); }

/* Without a byte buffer (-u) the committed text goes straight out. */
int Out_CommitChecked(OutStream *s) { return s->unbuffered ? out_flush(s, true) : out_commit(s, true); }

int Out_FlushBinaryChecked(OutStream *s) { return out_raw_write(s, s->committed, true); }

void Out_Discard(OutStream *s) { s->len = s->committed = 0; }
