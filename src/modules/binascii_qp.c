/* Quoted-printable (RFC 1521, and RFC 1522's header form) for binascii. */
#include "abstract.h"
#include "modules/binascii.h"
#include "runtime/buffer.h"
#include "runtime/err.h"
#include <string.h>

/* Longest encoded line, the soft break's '=' included. */
#define QP_LINE_MAX 76

static int qp_hex(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* args: data, header. */
static Object *qp_decode_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    int header = args[1] ? Obj_IsTrue(args[1]) : 0;
    if (header < 0) return NULL;
    ByteBuf b = {0};
    ByteBuf_Reserve(&b, (size_t)n);
    for (ssize_t i = 0; i < n;) {
        uint8_t c = p[i++];
        if (header && c == '_') {
            ByteBuf_AddByte(&b, ' ');
        } else if (c != '=') {
            ByteBuf_AddByte(&b, c);
        } else if (i >= n) {
            break; /* a soft break that ends the data */
        } else if (p[i] == '\n' || p[i] == '\r') { /* a soft break: skip to the next line */
            while (i < n && p[i] != '\n') i++;
            if (i < n) i++;
        } else if (p[i] == '=') {
            ByteBuf_AddByte(&b, '=');
            i++;
        } else if (i + 1 < n && qp_hex(p[i]) >= 0 && qp_hex(p[i + 1]) >= 0) {
            ByteBuf_AddByte(&b, (uint8_t)(qp_hex(p[i]) << 4 | qp_hex(p[i + 1])));
            i += 2;
        } else {
            ByteBuf_AddByte(&b, '='); /* not an escape: kept as it is */
        }
    }
    return Binascii_Finish(&b);
}

Object *Binascii_A2bQp(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, true, qp_decode_body);
}

/* What the encoder knows while it goes. */
typedef struct QpEncoder {
    const uint8_t *p;
    ssize_t n;
    bool quotetabs, istext, header, crlf;
    ByteBuf out;
    size_t line; /* characters on the current output line */
} QpEncoder;

/* Whether a line break starts at i. */
static bool qp_break_at(const QpEncoder *e, ssize_t i) {
    return i < e->n && (e->p[i] == '\n' || (i + 1 < e->n && e->p[i] == '\r' && e->p[i + 1] == '\n'));
}

/* Whether the byte at i must be written as =XX.  (Blanks before a line
 * break are dealt with when the break is written.) */
static bool qp_must_quote(const QpEncoder *e, ssize_t i) {
    uint8_t c = e->p[i];
    bool last = i + 1 == e->n;
    if (c > 126 || c == '=' || (e->header && c == '_')) return true;
    /* a lone '.' would end an SMTP message: also before '\r' or NUL, as CPython does */
    if (c == '.' && e->line == 0 && (last || memchr("\n\r", e->p[i + 1], 3))) return true;
    if (!e->istext && (c == '\r' || c == '\n')) return true;
    if ((c == '\t' || c == ' ') && last) return true;
    return c < 33 && c != '\r' && c != '\n' && (e->quotetabs || (c != '\t' && c != ' '));
}

/* Writes n characters, after a soft break if they would overflow the line
 * (unless told it need not: a plain character just before a newline or at
 * the end may take the last column). */
static void qp_put(QpEncoder *e, const char *s, size_t n, bool may_break) {
    if (may_break && e->line + n > QP_LINE_MAX - 1) {
        ByteBuf_Puts(&e->out, e->crlf ? "=\r\n" : "=\n");
        e->line = 0;
    }
    ByteBuf_Add(&e->out, s, n);
    e->line += n;
}

/* args: data, quotetabs, istext, header. */
static Object *qp_encode_body(Object *m, Object *const *args, size_t nargs, const uint8_t *p, ssize_t n) {
    QpEncoder e = {0};
    e.p = p;
    e.n = n;
    int flags[3] = {0, 1, 0};
    for (int k = 0; k < 3; k++)
        if (args[k + 1] && (flags[k] = Obj_IsTrue(args[k + 1])) < 0) return NULL;
    e.quotetabs = flags[0];
    e.istext = flags[1];
    e.header = flags[2];
    /* the data's own line ends decide the soft breaks' */
    const uint8_t *nl = memchr(e.p, '\n', (size_t)e.n);
    e.crlf = nl && nl > e.p && nl[-1] == '\r';
    static const char hex[] = "0123456789ABCDEF";
    for (ssize_t i = 0; i < e.n;) {
        uint8_t c = e.p[i];
        if (e.istext && qp_break_at(&e, i)) {
            /* a blank written just before the break must not be lost */
            char blank = e.line && e.out.len ? e.out.data[e.out.len - 1] : 0;
            if (blank == ' ' || blank == '\t') {
                e.out.len--;
                e.line--;
                char q[3] = {'=', hex[blank >> 4], hex[blank & 15]};
                qp_put(&e, q, 3, true);
            }
            ByteBuf_Puts(&e.out, e.crlf ? "\r\n" : "\n");
            e.line = 0;
            i += c == '\r' ? 2 : 1;
        } else if (qp_must_quote(&e, i)) {
            char q[3] = {'=', hex[c >> 4], hex[c & 15]};
            qp_put(&e, q, 3, true);
            i++;
        } else {
            char ch = e.header && c == ' ' ? '_' : (char)c;
            qp_put(&e, &ch, 1, i + 1 < e.n && e.p[i + 1] != '\n');
            i++;
        }
    }
    return Binascii_Finish(&e.out);
}

Object *Binascii_B2aQp(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Binascii_WithData(m, args, nargs, false, qp_encode_body);
}
