/* The text CPython 3.14 writes to stderr for an uncaught exception
 * (traceback.TracebackException.format): frames with source lines and
 * carets, chained causes/contexts, notes, exception groups in their box
 * layout, and SyntaxError's own layout; plain, or coloured as CPython
 * colours it for a terminal. */
#include "abstract.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/unicode_db.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include "runtime/tb_internal.h"
#include "runtime/traceback.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { RECURSIVE_CUTOFF = 3, MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10 };

/* The escape sequences put around each coloured part of the text: CPython
 * 3.14's default theme, or empty strings for plain text (the one formatter
 * writes both: with empty strings the coloured layout is the plain one). */
typedef struct TbTheme {
    const char *type, *message;             /* "Type" and ": message" */
    const char *filename, *line_no, *frame; /* File "name", line N, in frame */
    const char *highlight, *range;          /* the source under '^' and '~' (and those markers) */
    const char *reset;
} TbTheme;

static const TbTheme plain_theme = {"", "", "", "", "", "", "", ""};
static const TbTheme colour_theme = {
    .type = "\x1b[1;35m",
    .message = "\x1b[35m",
    .filename = "\x1b[35m",
    .line_no = "\x1b[35m",
    .frame = "\x1b[35m",
    .highlight = "\x1b[1;31m",
    .range = "\x1b[31m",
    .reset = "\x1b[0m",
};

/* Set while formatting as CPython's built-in fallback printer does (used
 * when its traceback module cannot run): source lines without carets, no
 * "Did you mean" hints. */
static THREAD_LOCAL bool builtin_printer;

/* ---- writing into the text --------------------------------------------------- */

static void buf_add_line(ByteBuf *b, const TbLine *l, int from, int to) {
    for (int k = from; k < to && k < l->n; k++) ByteBuf_AddUTF8(b, l->p[k]);
}
static void buf_add_str(ByteBuf *b, Object *s) {
    ssize_t n;
    const char *u = Str_AsUTF8(s, &n);
    if (u) { ByteBuf_Add(b, u, (size_t)n); return; }
    /* lone surrogates: write them as UTF-8 anyway (CPython would backslash-escape) */
    Err_Clear();
    for (ssize_t k = 0; k < STR_LEN(s); k++) ByteBuf_AddUTF8(b, STR_CHAR(s, k));
}

/* ---- code point lines ------------------------------------------------------- */

static TbLine line_from_utf8(const char *s) {
    TbLine l = {NULL, 0};
    size_t n = strlen(s);
    l.p = malloc(sizeof(uint32_t) * (n + 1));
    if (!l.p) return l;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        uint32_t c = u[i];
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        bool ok = len > 0 && i + (size_t)len <= n;
        for (int k = 1; ok && k < len; k++) ok = (u[i + k] & 0xC0) == 0x80;
        if (!ok) { l.p[l.n++] = 0xFFFD; i++; continue; }
        if (len == 2) c = ((c & 31) << 6) | (u[i + 1] & 63);
        else if (len == 3) c = ((c & 15) << 12) | ((u[i + 1] & 63u) << 6) | (u[i + 2] & 63);
        else if (len == 4) c = ((c & 7) << 18) | ((u[i + 1] & 63u) << 12) | ((u[i + 2] & 63u) << 6) | (u[i + 3] & 63);
        l.p[l.n++] = c;
        i += (size_t)len;
    }
    return l;
}

static bool line_is_blank(const TbLine *l) {
    for (int k = 0; k < l->n; k++) if (!Uni_IsSpace(l->p[k])) return false;
    return true;
}
static int lstrip_count(const TbLine *l) {
    int k = 0;
    while (k < l->n && Uni_IsSpace(l->p[k])) k++;
    return k;
}
static void rstrip(TbLine *l) {
    while (l->n > 0 && Uni_IsSpace(l->p[l->n - 1])) l->n--;
}

/* textwrap.dedent over lines: the common leading run of spaces/tabs of the
 * non-blank lines is removed; blank lines become empty. */
static void dedent(TbLine *lines, int n) {
    int lo = -1, hi = -1;
    for (int i = 0; i < n; i++) {
        if (lines[i].n == 0 || line_is_blank(&lines[i])) continue;
        if (lo < 0) { lo = hi = i; continue; }
        /* lexicographic min / max by code point */
        TbLine *a = &lines[i];
        for (int w = 0; w < 2; w++) {
            TbLine *b = &lines[w == 0 ? lo : hi];
            int k = 0;
            while (k < a->n && k < b->n && a->p[k] == b->p[k]) k++;
            int cmp = k < a->n && k < b->n ? (a->p[k] < b->p[k] ? -1 : 1) : (a->n < b->n ? -1 : a->n > b->n ? 1 : 0);
            if (w == 0 && cmp < 0) lo = i;
            if (w == 1 && cmp > 0) hi = i;
        }
    }
    int margin = 0;
    if (lo >= 0) {
        const TbLine *l1 = &lines[lo], *l2 = &lines[hi];
        for (margin = 0; margin < l1->n; margin++) {
            uint32_t c = l1->p[margin];
            if (margin >= l2->n || c != l2->p[margin] || (c != ' ' && c != '\t')) break;
        }
    }
    for (int i = 0; i < n; i++) {
        if (line_is_blank(&lines[i])) { lines[i].n = 0; continue; }
        int m = margin < lines[i].n ? margin : lines[i].n;
        memmove(lines[i].p, lines[i].p + m, sizeof(uint32_t) * (size_t)(lines[i].n - m));
        lines[i].n -= m;
    }
}

/* Character index of UTF-8 byte offset `off` in the line (a cut character
 * counts as one, like decoding with errors="replace"). */
static int byte_to_char(const TbLine *l, int off) {
    int bytes = 0, k = 0;
    for (; k < l->n && bytes < off; k++) {
        uint32_t c = l->p[k];
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return k;
}

/* ---- one frame -------------------------------------------------------------------- */

/* Appends each line of text (line ends kept) to out with prefix in front,
 * as textwrap.indent(text, prefix, lambda line: True). */
static void indent_text(ByteBuf *out, const char *text, size_t n, const char *prefix) {
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n) {
            unsigned char c = (unsigned char)text[j];
            if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e)) {
                if (c == '\r' && j + 1 < n && text[j + 1] == '\n') j++;
                j++;
                break;
            }
            if (c == 0xC2 && j + 1 < n && (unsigned char)text[j + 1] == 0x85) { j += 2; break; }
            if (c == 0xE2 && j + 2 < n && (unsigned char)text[j + 1] == 0x80 &&
                ((unsigned char)text[j + 2] == 0xA8 || (unsigned char)text[j + 2] == 0xA9)) {
                j += 3;
                break;
            }
            j++;
        }
        ByteBuf_Puts(out, prefix);
        ByteBuf_Add(out, text + i, j - i);
        i = j;
    }
}

static void free_lines(TbLine *l, int n) {
    if (!l) return;
    for (int i = 0; i < n; i++) free(l[i].p);
    free(l);
}

/* A source line, its end of line, and its caret line under it.  Each run
 * of one marker is coloured in both lines: CPython pairs the line's
 * characters (end of line included) with the markers by position, so with
 * wide characters the colours drift right of the text they mark, and the
 * end of line may fall inside a coloured run. */
static void add_marked_line(ByteBuf *out, const TbTheme *th, const TbLine *line, const char *carets, int ncarets) {
    ByteBuf marks = {0};
    int len = line->n + 1 > ncarets ? line->n + 1 : ncarets;
    for (int i = 0; i < len;) {
        char key = i < ncarets ? carets[i] : 0;
        int j = i;
        while (j < len && (j < ncarets ? carets[j] : 0) == key) j++;
        const char *colour = key == '^' ? th->highlight : key == '~' ? th->range : "";
        ByteBuf_Puts(out, colour);
        ByteBuf_Puts(&marks, colour);
        for (int k = i; k < j; k++) {
            if (k < line->n) ByteBuf_AddUTF8(out, line->p[k]);
            else if (k == line->n) ByteBuf_Puts(out, "\n");
            if (k < ncarets) ByteBuf_Add(&marks, &carets[k], 1);
        }
        if (*colour) {
            ByteBuf_Puts(out, th->reset);
            ByteBuf_Puts(&marks, th->reset);
        }
        i = j;
    }
    if (marks.data) ByteBuf_Add(out, marks.data, marks.len);
    ByteBuf_Puts(out, "\n");
    ByteBuf_Free(&marks);
}

/* The source lines with carets for one frame (already-dedented block
 * indented by four spaces), appended to out.  text holds the n source
 * lines the instruction spans, in UTF-8 (NULL for a line not found). */
static void format_source_text(ByteBuf *out, const TbTheme *th, const char *const *text, int n, int colno,
                               int end_colno) {
    if (n <= 0 || n > 100000) return;
    TbLine *orig = calloc((size_t)n, sizeof(TbLine)), *all = calloc((size_t)n, sizeof(TbLine));
    if (!orig || !all) { free(orig); free(all); return; }
    for (int i = 0; i < n; i++) {
        orig[i] = line_from_utf8(text[i] ? text[i] : "");
        rstrip(&orig[i]);
        all[i].p = malloc(sizeof(uint32_t) * (size_t)(orig[i].n + 1));
        if (all[i].p) memcpy(all[i].p, orig[i].p, sizeof(uint32_t) * (size_t)orig[i].n);
        all[i].n = all[i].p ? orig[i].n : 0;
    }
    dedent(all, n);
    bool any = false;
    for (int i = 0; i < n; i++) if (all[i].n) any = true;
    if (!any) goto done;
    if (colno < 0 || end_colno < 0) {
        /* no columns: the first line, stripped */
        int a = lstrip_count(&orig[0]);
        if (a < orig[0].n) {
            ByteBuf_Puts(out, "    ");
            buf_add_line(out, &orig[0], a, orig[0].n);
        }
        ByteBuf_Puts(out, "\n");
        goto done;
    }
    int start = byte_to_char(&orig[0], colno), end = byte_to_char(&orig[n - 1], end_colno);
    int dedent_chars = orig[0].n - all[0].n;
    start = start - dedent_chars > 0 ? start - dedent_chars : 0;
    end = end - dedent_chars > 0 ? end - dedent_chars : 0;
    int dp_start = Tb_DisplayWidth(&all[0], start), dp_end = Tb_DisplayWidth(&all[n - 1], end);

    /* the instruction's own text, split into lines (str.splitlines) */
    int total = 0;
    for (int i = 0; i < n; i++) total += all[i].n + (i ? 1 : 0);
    uint32_t *joined = malloc(sizeof(uint32_t) * (size_t)(total + 1));
    TbLine *seg = calloc((size_t)n + 1, sizeof(TbLine));
    if (!joined || !seg) { free(joined); free(seg); goto done; }
    for (int i = 0, pos = 0; i < n; i++) {
        if (i) joined[pos++] = '\n';
        memcpy(joined + pos, all[i].p, sizeof(uint32_t) * (size_t)all[i].n);
        pos += all[i].n;
    }
    int seg_lo = start < total ? start : total;
    int seg_hi = total - (all[n - 1].n - end);
    if (seg_hi > total) seg_hi = total;
    if (seg_hi < seg_lo) seg_hi = seg_lo;
    int nseg = 0;
    for (int k = seg_lo; k < seg_hi && nseg <= n;) {
        int j = k;
        while (j < seg_hi && joined[j] != '\n') j++;
        seg[nseg].p = joined + k;
        seg[nseg].n = j - k;
        nseg++;
        k = j + 1;
    }
    TbAnchors an;
    bool have_anchors = nseg > 0 && Tb_FindAnchors(seg, nseg, &an) && an.left_line < n && an.right_line < n;
    free(seg);
    free(joined);

    bool show = false;
    if (!Tb_CallSpansStatement(all, n, start, end)) {
        if (have_anchors) {
            show = true;
        } else {
            for (int k = 0; k < start && k < all[0].n; k++) if (!Uni_IsSpace(all[0].p[k])) show = true;
            for (int k = end; k < all[n - 1].n; k++) if (!Uni_IsSpace(all[n - 1].p[k])) show = true;
        }
    }

    int left_off = 0, right_off = 0;
    char primary = '^', secondary = '^';
    bool *sig = calloc((size_t)n, sizeof(bool));
    if (!sig) goto done;
    sig[0] = sig[n - 1] = true;
    if (have_anchors) {
        left_off = an.left_col + (an.left_line == 0 ? start : 0);
        right_off = an.right_col + (an.right_line == 0 ? start : 0);
        left_off = Tb_DisplayWidth(&all[an.left_line], left_off);
        right_off = Tb_DisplayWidth(&all[an.right_line], right_off);
        primary = '~';
        secondary = '^';
        for (int d = -1; d <= 1; d++) {
            if (an.left_line + d >= 0 && an.left_line + d < n) sig[an.left_line + d] = true;
            if (an.right_line + d >= 0 && an.right_line + d < n) sig[an.right_line + d] = true;
        }
    }
    ByteBuf res = {0};
    int prev = -1;
    for (int li = 0; li < n; li++) {
        if (!sig[li]) continue;
        int todo[2] = {-1, li}, ntodo = 0;
        if (prev >= 0) {
            int diff = li - prev;
            if (diff == 2) todo[0] = li - 1;
            else if (diff > 2) ByteBuf_Printf(&res, "...<%d lines>...\n", diff - 1);
        }
        prev = li;
        for (ntodo = 0; ntodo < 2; ntodo++) {
            int k = todo[ntodo];
            if (k < 0) continue;
            if (!show) {
                buf_add_line(&res, &all[k], 0, all[k].n);
                ByteBuf_Puts(&res, "\n");
                continue;
            }
            int spaces = lstrip_count(&all[k]);
            int ncarets = k == n - 1 ? dp_end : Tb_DisplayWidth(&all[k], all[k].n);
            char *carets = malloc((size_t)ncarets + 1);
            if (!carets) break;
            for (int col = 0; col < ncarets; col++) {
                char ch;
                if (col < spaces || (k == 0 && col < dp_start)) ch = ' ';
                else if (have_anchors &&
                         (k > an.left_line || (k == an.left_line && col >= left_off)) &&
                         (k < an.right_line || (k == an.right_line && col < right_off)))
                    ch = secondary;
                else
                    ch = primary;
                carets[col] = ch;
            }
            add_marked_line(&res, th, &all[k], carets, ncarets);
            free(carets);
        }
    }
    free(sig);
    if (res.data) {
        /* dedent the block (source and caret lines together), then indent by 4 */
        TbLine *bl = NULL;
        int nb = 0;
        size_t i = 0;
        while (i < res.len) {
            size_t j = i;
            while (j < res.len && res.data[j] != '\n') j++;
            TbLine *nbl = realloc(bl, sizeof(TbLine) * (size_t)(nb + 1));
            if (!nbl) break;
            bl = nbl;
            char save = res.data[j];
            res.data[j] = 0;
            bl[nb++] = line_from_utf8(res.data + i);
            res.data[j] = save;
            i = j + 1;
        }
        dedent(bl, nb);
        for (int k = 0; k < nb; k++) {
            ByteBuf_Puts(out, "    ");
            buf_add_line(out, &bl[k], 0, bl[k].n);
            ByteBuf_Puts(out, "\n");
        }
        free_lines(bl, nb);
        ByteBuf_Free(&res);
    }
done:
    free_lines(orig, n);
    free_lines(all, n);
}

/* format_source_text for lines lineno..end_lineno of a source file. */
static void format_source(ByteBuf *out, const TbTheme *th, const char *filename, int lineno, int end_lineno, int colno,
                          int end_colno) {
    int n = end_lineno - lineno + 1;
    if (n <= 0 || n > 100000) return;
    char **text = calloc((size_t)n, sizeof(char *));
    if (!text) return;
    for (int i = 0; i < n; i++) text[i] = Source_GetLine(filename, lineno + i);
    format_source_text(out, th, (const char *const *)text, n, colno, end_colno);
    for (int i = 0; i < n; i++) free(text[i]);
    free(text);
}

char *Tb_FormatSource(const char *const *lines, int n, int colno, int end_colno, bool colour) {
    ByteBuf out = {0};
    format_source_text(&out, colour ? &colour_theme : &plain_theme, lines, n, colno, end_colno);
    char *text = ByteBuf_Steal(&out);
    return text ? text : strdup("");
}

typedef struct FrameKey { Object *filename, *name; int lineno; } FrameKey;

static void format_frame(ByteBuf *out, const TbTheme *th, Traceback *tb, FrameKey *key) {
    Code *co = tb->code;
    CodePos pos = {-1, -1, -1, -1};
    if (Code_Position(co, tb->lasti, &pos) < 0) pos = (CodePos){-1, -1, -1, -1};
    int lineno = pos.line >= 0 ? pos.line : tb->lineno;
    key->filename = co->filename;
    key->name = co->name;
    key->lineno = lineno;
    ByteBuf_Printf(out, "  File %s\"", th->filename);
    const char *fn = Str_Check(co->filename) ? Str_AsUTF8(co->filename, NULL) : NULL;
    if (!fn) Err_Clear();
    size_t fl = fn ? strlen(fn) : 0;
    if (fn && fl > 7 && strncmp(fn, "<stdin-", 7) == 0 && fn[fl - 1] == '>') ByteBuf_Puts(out, "<stdin>");
    else buf_add_str(out, co->filename);
    ByteBuf_Printf(out, "\"%s, line %s", th->reset, th->line_no);
    if (lineno >= 0) ByteBuf_Printf(out, "%d", lineno);
    else ByteBuf_Puts(out, "None");
    ByteBuf_Printf(out, "%s, in %s", th->reset, th->frame);
    buf_add_str(out, co->name);
    ByteBuf_Printf(out, "%s\n", th->reset);
    if (lineno < 0 || !fn) return;
    if (builtin_printer) {
        /* the first line only, stripped, without carets */
        char *src = Source_GetLine(fn, lineno);
        const char *p = src;
        while (p && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
        if (p && *p) ByteBuf_Printf(out, "    %s\n", p);
        free(src);
        return;
    }
    int end_lineno = pos.end_line >= 0 ? pos.end_line : lineno;
    format_source(out, th, fn, lineno, end_lineno, pos.col, pos.end_col);
}

static bool same_frame(const FrameKey *a, const FrameKey *b) {
    return a->lineno == b->lineno && Str_Eq(a->filename, b->filename) && Str_Eq(a->name, b->name);
}

static void repeated(ByteBuf *out, int count) {
    count -= RECURSIVE_CUTOFF;
    ByteBuf_Printf(out, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
}

/* StackSummary.format: the frames, collapsing runs of the same line. */
static void format_stack(ByteBuf *out, const TbTheme *th, Traceback *tb) {
    FrameKey last = {NULL, NULL, -2};
    int count = 0;
    for (; tb; tb = tb->next) {
        ByteBuf frame = {0};
        FrameKey key;
        format_frame(&frame, th, tb, &key);
        if (!last.filename || !same_frame(&last, &key)) {
            if (count > RECURSIVE_CUTOFF) repeated(out, count);
            last = key;
            count = 0;
        }
        count++;
        if (count <= RECURSIVE_CUTOFF && frame.data) ByteBuf_Add(out, frame.data, frame.len);
        ByteBuf_Free(&frame);
    }
    if (count > RECURSIVE_CUTOFF) repeated(out, count);
}

/* ---- the exception tree (TracebackException) ------------------------------------- */

typedef struct TE {
    Object *exc;               /* owned */
    char *type_str, *msg;      /* malloc'd UTF-8 */
    Object *notes;             /* owned __notes__, or NULL */
    char *notes_error;         /* "Ignored error getting __notes__: ..." */
    bool suppress, is_group;
    struct TE *cause, *context;
    struct TE **excs;
    ssize_t nexcs;
} TE;

typedef struct Seen { Object **p; size_t n, cap; } Seen;

static bool seen_has(Seen *s, Object *o) {
    for (size_t i = 0; i < s->n; i++) if (s->p[i] == o) return true;
    return false;
}
static void seen_add(Seen *s, Object *o) {
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 16;
        Object **p = realloc(s->p, sizeof(Object *) * nc);
        if (!p) return;
        s->p = p;
        s->cap = nc;
    }
    s->p[s->n++] = o;
}

static char *str_to_utf8(Object *s) {
    ByteBuf b = {0};
    buf_add_str(&b, s);
    char *r = ByteBuf_Steal(&b);
    return r ? r : strdup("");
}

/* str(o), or "<what str() failed>" */
static char *safe_str(Object *o, const char *what, bool use_repr) {
    Object *s = use_repr ? Obj_Repr(o) : Obj_Str(o);
    if (!s) {
        Err_Clear();
        char buf[64];
        snprintf(buf, sizeof buf, "<%s %s() failed>", what, use_repr ? "repr" : "str");
        return strdup(buf);
    }
    char *r = str_to_utf8(s);
    DECREF(s);
    return r;
}

static char *type_string(Type *t) {
    Object *qual = Obj_GetAttrC((Object *)t, "__qualname__");
    if (!qual || !Str_Check(qual)) {
        Err_Clear();
        XDECREF(qual);
        qual = Str_FromUTF8(t->name, -1);
        if (!qual) { Err_Clear(); return strdup(t->name); }
    }
    Object *mod = Obj_GetAttrC((Object *)t, "__module__");
    if (!mod) Err_Clear();
    ByteBuf b = {0};
    if (!mod || !Str_Check(mod)) {
        ByteBuf_Puts(&b, "<unknown>.");
    } else if (!Str_EqC(mod, "builtins") && !Str_EqC(mod, "__main__")) {
        buf_add_str(&b, mod);
        ByteBuf_Puts(&b, ".");
    }
    buf_add_str(&b, qual);
    XDECREF(mod);
    DECREF(qual);
    char *r = ByteBuf_Steal(&b);
    return r ? r : strdup("");
}

static TE *te_new(Object *exc, Seen *seen) {
    TE *te = calloc(1, sizeof(TE));
    if (!te) return NULL;
    seen_add(seen, exc);
    te->exc = NEWREF(exc);
    te->type_str = type_string(TYPE(exc));
    te->msg = safe_str(exc, "exception", false);
    Object *notes = NULL;
    int r = Obj_LookupAttr(exc, ID(__notes__), &notes);
    if (r < 0) {
        Object *e = Err_Fetch();
        char *rep = safe_str(e, "__notes__", true);
        XDECREF(e);
        size_t len = strlen(rep) + 64;
        te->notes_error = malloc(len);
        if (te->notes_error) snprintf(te->notes_error, len, "Ignored error getting __notes__: %s", rep);
        free(rep);
    } else if (r > 0) {
        if (notes == OBJ_NONE) DECREF(notes);
        else te->notes = notes;
    }
    if (!builtin_printer && !Type_IsSubtype(TYPE(exc), Exc_SyntaxError)) {
        char *hint = Tb_NameHint(exc);
        if (hint) {
            size_t a = strlen(te->msg), h = strlen(hint);
            char *m = realloc(te->msg, a + h + 1);
            if (m) {
                memcpy(m + a, hint, h + 1);
                te->msg = m;
            }
            free(hint);
        }
    }
    te->suppress = ((BaseExc *)exc)->suppress_context;
    te->is_group = Type_IsSubtype(TYPE(exc), Exc_BaseExceptionGroup);
    return te;
}

static void te_free(TE *te) {
    if (!te) return;
    te_free(te->cause);
    te_free(te->context);
    for (ssize_t i = 0; i < te->nexcs; i++) te_free(te->excs[i]);
    free(te->excs);
    free(te->type_str);
    free(te->msg);
    free(te->notes_error);
    XDECREF(te->notes);
    DECREF(te->exc);
    free(te);
}

/* Builds the whole tree in the order CPython's constructor visits it (which
 * decides where an exception seen twice is shown). */
static TE *te_build(Object *exc) {
    Seen seen = {0};
    TE *root = te_new(exc, &seen);
    if (!root) return NULL;
    size_t qn = 0, qcap = 16;
    TE **queue = malloc(sizeof(TE *) * qcap);
    if (queue) queue[qn++] = root;
    while (queue && qn > 0) {
        TE *te = queue[--qn];
        BaseExc *e = (BaseExc *)te->exc;
        if (e->cause && !seen_has(&seen, e->cause)) te->cause = te_new(e->cause, &seen);
        if (e->context && !seen_has(&seen, e->context)) te->context = te_new(e->context, &seen);
        if (te->is_group) {
            Object *excs = ((ExcGroupExc *)e)->excs;
            ssize_t n = excs ? TUPLE_LEN(excs) : 0;
            te->excs = calloc((size_t)(n ? n : 1), sizeof(TE *));
            if (te->excs) {
                for (ssize_t i = 0; i < n; i++) {
                    Object *x = TUPLE_GET(excs, i);
                    if (!Exc_Check(x)) continue;
                    TE *c = te_new(x, &seen);
                    if (c) te->excs[te->nexcs++] = c;
                }
            }
        }
        size_t need = qn + 2 + (size_t)te->nexcs;
        if (need > qcap) {
            while (qcap < need) qcap *= 2;
            TE **q2 = realloc(queue, sizeof(TE *) * qcap);
            if (!q2) break;
            queue = q2;
        }
        if (te->cause) queue[qn++] = te->cause;
        if (te->context) queue[qn++] = te->context;
        for (ssize_t i = 0; i < te->nexcs; i++) queue[qn++] = te->excs[i];
    }
    free(queue);
    free(seen.p);
    return root;
}

/* ---- exception text ---------------------------------------------------------------- */

typedef struct Ctx {
    int depth;
    bool need_close;
    const TbTheme *th;
} Ctx;

static void emit(Ctx *ctx, ByteBuf *out, const char *text, size_t n, char margin) {
    if (ctx->depth == 0) { ByteBuf_Add(out, text, n); return; }
    char prefix[64];
    int k = 0;
    for (int i = 0; i < 2 * ctx->depth && k < 60; i++) prefix[k++] = ' ';
    prefix[k++] = margin;
    prefix[k++] = ' ';
    prefix[k] = 0;
    indent_text(out, text, n, prefix);
}
static void emit_buf(Ctx *ctx, ByteBuf *out, ByteBuf *text, char margin) {
    if (text->data) emit(ctx, out, text->data, text->len, margin);
}

static bool is_int_obj(Object *o) { return o && Int_Check(o); }

static int64_t int_val(Object *o) {
    int64_t v = 0;
    if (Int_AsI64(o, &v) < 0) { Err_Clear(); v = 0; }
    return v;
}

/* str(o) of an optional field, NULL when the field is None/absent. */
static char *opt_str(Object *o) {
    if (!o || o == OBJ_NONE) return NULL;
    return safe_str(o, "object", false);
}

static void format_syntax_error(ByteBuf *out, const TbTheme *th, TE *te) {
    SyntaxErrorExc *se = (SyntaxErrorExc *)te->exc;
    char *lineno = opt_str(se->lineno), *end_lineno = opt_str(se->end_lineno);
    char *suffix = NULL;
    if (lineno) {
        ByteBuf_Printf(out, "  File %s\"", th->filename);
        int t = se->filename && se->filename != OBJ_NONE ? Obj_IsTrue(se->filename) : 0;
        if (t < 0) { Err_Clear(); t = 1; }
        if (t > 0) {
            char *f = safe_str(se->filename, "object", false);
            ByteBuf_Puts(out, f);
            free(f);
        } else {
            ByteBuf_Puts(out, "<string>");
        }
        ByteBuf_Printf(out, "\"%s, line %s%s%s\n", th->reset, th->line_no, lineno, th->reset);
    } else if (se->filename && se->filename != OBJ_NONE) {
        char *f = safe_str(se->filename, "object", false);
        size_t len = strlen(f) + 4;
        suffix = malloc(len);
        if (suffix) snprintf(suffix, len, " (%s)", f);
        free(f);
    }
    Object *text = se->text;
    if (text && Str_Check(text)) {
        char *u = str_to_utf8(text);
        TbLine full = line_from_utf8(u);
        free(u);
        int tlen = full.n;   /* len(self.text) */
        int rn = full.n;
        while (rn > 0 && full.p[rn - 1] == '\n') rn--;
        int ls = 0;
        while (ls < rn && (full.p[ls] == ' ' || full.p[ls] == '\n' || full.p[ls] == '\f')) ls++;
        TbLine ltext = {full.p + ls, rn - ls};
        int spaces = ls;
        Object *off = se->offset;
        if (!off || off == OBJ_NONE) {
            ByteBuf_Puts(out, "    ");
            buf_add_line(out, &ltext, 0, ltext.n);
            ByteBuf_Puts(out, "\n");
        } else if (is_int_obj(off)) {
            int64_t offset = int_val(off), end_offset;
            bool same = (!lineno && !end_lineno) || (lineno && end_lineno && strcmp(lineno, end_lineno) == 0);
            if (same) {
                Object *eo = se->end_offset;
                end_offset = is_int_obj(eo) && int_val(eo) != 0 ? int_val(eo) : offset;
            } else {
                end_offset = rn + 1;
            }
            if (tlen > 0 && offset > tlen) offset = rn + 1;
            if (tlen > 0 && end_offset > tlen) end_offset = rn + 1;
            if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
            int64_t colno = offset - 1 - spaces, end_colno = end_offset - 1 - spaces;
            ByteBuf_Puts(out, "    ");
            if (colno >= 0) {
                /* the text under the carets is highlighted */
                int a = colno < ltext.n ? (int)colno : ltext.n;
                int b = end_colno < ltext.n ? (int)end_colno : ltext.n;
                buf_add_line(out, &ltext, 0, a);
                ByteBuf_Puts(out, th->highlight);
                buf_add_line(out, &ltext, a, b);
                ByteBuf_Puts(out, th->reset);
                buf_add_line(out, &ltext, b, ltext.n);
            } else {
                buf_add_line(out, &ltext, 0, ltext.n);
            }
            ByteBuf_Puts(out, "\n");
            if (colno >= 0) {
                ByteBuf_Puts(out, "    ");
                for (int64_t k = 0; k < colno && k < ltext.n; k++) {
                    uint32_t c = ltext.p[k];
                    if (Uni_IsSpace(c)) ByteBuf_AddUTF8(out, c);
                    else ByteBuf_Puts(out, " ");
                }
                ByteBuf_Puts(out, th->highlight);
                for (int64_t k = colno; k < end_colno; k++) ByteBuf_Puts(out, "^");
                ByteBuf_Printf(out, "%s\n", th->reset);
            }
        }
        free(full.p);
    }
    Object *msg = se->msg ? se->msg : OBJ_NONE;
    int t = Obj_IsTrue(msg);
    char *m;
    if (t < 0) {
        Err_Clear();
        m = safe_str(msg, "object", false);
    } else if (t == 0) {
        m = strdup("<no detail available>");
    } else {
        m = safe_str(msg, "object", false);
    }
    ByteBuf_Printf(out, "%s%s%s: %s%s%s%s\n", th->type, te->type_str, th->reset, th->message, m ? m : "", th->reset,
                   suffix ? suffix : "");
    free(m);
    free(suffix);
    free(lineno);
    free(end_lineno);
}

static bool notes_is_sequence(Object *n) {
    return List_Check(n) || Tuple_Check(n) || TYPE(n) == &Range_Type || TYPE(n) == &ByteArray_Type;
}

static void format_exception_only(ByteBuf *out, const TbTheme *th, TE *te) {
    if (Type_IsSubtype(TYPE(te->exc), Exc_SyntaxError)) {
        format_syntax_error(out, th, te);
    } else if (te->msg[0]) {
        ByteBuf_Printf(out, "%s%s%s: %s%s%s\n", th->type, te->type_str, th->reset, th->message, te->msg, th->reset);
    } else {
        ByteBuf_Printf(out, "%s%s%s\n", th->type, te->type_str, th->reset);
    }
    if (builtin_printer) return;   /* it leaves the notes out */
    if (te->notes_error) {
        /* the replacement notes list holds this one message */
        ByteBuf_Printf(out, "%s\n", te->notes_error);
    } else if (te->notes && notes_is_sequence(te->notes)) {
        Object *seq = Tuple_FromIterable(te->notes);
        if (!seq) { Err_Clear(); return; }
        for (ssize_t i = 0; i < TUPLE_LEN(seq); i++) {
            char *s = safe_str(TUPLE_GET(seq, i), "note", false);
            ByteBuf_Puts(out, s);
            ByteBuf_Puts(out, "\n");
            free(s);
        }
        DECREF(seq);
    } else if (te->notes) {
        char *s = safe_str(te->notes, "__notes__", true);
        ByteBuf_Printf(out, "%s\n", s);
        free(s);
    }
}

static const char cause_msg[] = "\nThe above exception was the direct cause of the following exception:\n\n";
static const char context_msg[] = "\nDuring handling of the above exception, another exception occurred:\n\n";

static void te_format(Ctx *ctx, ByteBuf *out, TE *root) {
    /* the chain, outermost last */
    size_t n = 0, cap = 8;
    TE **chain = malloc(sizeof(TE *) * cap);
    const char **msgs = malloc(sizeof(char *) * cap);
    if (!chain || !msgs) { free(chain); free(msgs); return; }
    for (TE *te = root; te;) {
        if (n == cap) {
            cap *= 2;
            TE **c2 = realloc(chain, sizeof(TE *) * cap);
            const char **m2 = c2 ? realloc(msgs, sizeof(char *) * cap) : NULL;
            if (c2) chain = c2;
            if (!c2 || !m2) break;
            msgs = m2;
        }
        TE *next;
        const char *m;
        if (te->cause) { m = cause_msg; next = te->cause; }
        else if (te->context && !te->suppress) { m = context_msg; next = te->context; }
        else { m = NULL; next = NULL; }
        chain[n] = te;
        msgs[n] = m;
        n++;
        te = next;
    }
    for (size_t k = n; k-- > 0;) {
        TE *te = chain[k];
        if (msgs[k]) emit(ctx, out, msgs[k], strlen(msgs[k]), '|');
        Traceback *tb = (Traceback *)EXC_TRACEBACK(te->exc);
        if (!te->is_group) {
            ByteBuf b = {0};
            if (tb) {
                ByteBuf_Puts(&b, "Traceback (most recent call last):\n");
                format_stack(&b, ctx->th, tb);
            }
            format_exception_only(&b, ctx->th, te);
            emit_buf(ctx, out, &b, '|');
            ByteBuf_Free(&b);
            continue;
        }
        if (ctx->depth > MAX_GROUP_DEPTH) {
            char t[64];
            snprintf(t, sizeof t, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
            emit(ctx, out, t, strlen(t), '|');
            continue;
        }
        bool toplevel = ctx->depth == 0;
        if (toplevel) ctx->depth++;
        if (tb) {
            const char *h = "Exception Group Traceback (most recent call last):\n";
            emit(ctx, out, h, strlen(h), toplevel ? '+' : '|');
            ByteBuf b = {0};
            format_stack(&b, ctx->th, tb);
            emit_buf(ctx, out, &b, '|');
            ByteBuf_Free(&b);
        }
        ByteBuf b = {0};
        format_exception_only(&b, ctx->th, te);
        emit_buf(ctx, out, &b, '|');
        ByteBuf_Free(&b);
        ssize_t nexc = te->nexcs, shown = nexc <= MAX_GROUP_WIDTH ? nexc : MAX_GROUP_WIDTH + 1;
        ctx->need_close = false;
        for (ssize_t i = 0; i < shown; i++) {
            bool last = i == shown - 1;
            if (last) ctx->need_close = true;
            bool truncated = i >= MAX_GROUP_WIDTH;
            for (int s = 0; s < 2 * ctx->depth; s++) ByteBuf_Puts(out, " ");
            ByteBuf_Puts(out, i == 0 ? "+-" : "  ");
            if (truncated) ByteBuf_Puts(out, "+---------------- ... ----------------\n");
            else ByteBuf_Printf(out, "+---------------- %zd ----------------\n", i + 1);
            ctx->depth++;
            if (!truncated) {
                te_format(ctx, out, te->excs[i]);
            } else {
                ssize_t remaining = nexc - MAX_GROUP_WIDTH;
                char t[96];
                snprintf(t, sizeof t, "and %zd more exception%s\n", remaining, remaining > 1 ? "s" : "");
                emit(ctx, out, t, strlen(t), '|');
            }
            if (last && ctx->need_close) {
                for (int s = 0; s < 2 * ctx->depth; s++) ByteBuf_Puts(out, " ");
                ByteBuf_Puts(out, "+------------------------------------\n");
                ctx->need_close = false;
            }
            ctx->depth--;
        }
        if (toplevel) ctx->depth = 0;
    }
    free(chain);
    free(msgs);
}

char *Tb_FormatExceptionBuiltin(Object *exc) {
    builtin_printer = true; /* it never colours */
    char *text = Tb_FormatException(exc, false);
    builtin_printer = false;
    return text;
}

char *Tb_FormatException(Object *exc, bool colour) {
    if (!exc) return strdup("");
    Object *saved = Err_Fetch();
    ByteBuf out = {0};
    if (!Exc_Check(exc)) {
        /* not an exception instance: CPython prints the type and str() */
        char *s = safe_str(exc, "exception", false);
        char *t = type_string(TYPE(exc));
        if (s[0]) ByteBuf_Printf(&out, "%s: %s\n", t, s);
        else ByteBuf_Printf(&out, "%s\n", t);
        free(s);
        free(t);
    } else {
        TE *root = te_build(exc);
        if (root) {
            Ctx ctx = {0, false, colour ? &colour_theme : &plain_theme};
            te_format(&ctx, &out, root);
            te_free(root);
        }
    }
    Err_Clear();
    Err_Restore(saved);
    char *text = ByteBuf_Steal(&out);
    return text ? text : strdup("");
}
