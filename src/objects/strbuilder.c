/* StrBuilder: accumulate code points in a buffer of the narrowest kind that
 * holds them so far, then copy them into a str (see str.h). */
#include "abstract.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/err.h"
#include <stdlib.h>
#include <string.h>

void SB_Init(StrBuilder *sb) {
    sb->buf = sb->inline_buf;
    sb->block = NULL;
    sb->len = 0;
    sb->cap = SB_INLINE;
    sb->maxchar = 0;
    sb->kind = 1;
}

static int kind_for(uint32_t c) { return c < 0x100 ? 1 : c < 0x10000 ? 2 : 4; }

/* Moves the contents to a heap block of cap code points of width kind
 * (kind >= sb->kind, cap >= sb->len). */
static int sb_regrow(StrBuilder *sb, ssize_t cap, int kind) {
    if (cap > ((ssize_t)1 << 58) / kind) {
        Err_NoMemory();
        return -1;
    }
    if (kind == sb->kind && sb->block) {
        void *b = Str_BufferResize(sb->block, cap, kind);
        if (!b) return -1;
        sb->block = b;
        sb->buf = Str_BufferData(b);
        sb->cap = cap;
        return 0;
    }
    void *b = Str_BufferNew(cap, kind);
    if (!b) return -1;
    uint8_t *data = Str_BufferData(b);
    if (kind == sb->kind) {
        memcpy(data, sb->buf, (size_t)sb->len * (size_t)kind);
    } else {
        /* widen the code points (from kind 1 or 2) */
        const void *src = sb->buf;
        for (ssize_t i = 0; i < sb->len; i++) {
            uint32_t c = sb->kind == 1 ? ((const uint8_t *)src)[i] : ((const uint16_t *)src)[i];
            if (kind == 2) ((uint16_t *)data)[i] = (uint16_t)c;
            else ((uint32_t *)data)[i] = c;
        }
    }
    if (sb->block) Str_BufferFree(sb->block);
    sb->block = b;
    sb->buf = data;
    sb->cap = cap;
    sb->kind = kind;
    return 0;
}

/* Room for extra more code points of width at most kind; raises maxchar. */
static int sb_prepare(StrBuilder *sb, ssize_t extra, uint32_t maxchar) {
    if (extra < 0 || sb->len > ((ssize_t)1 << 58) - extra) {
        Err_NoMemory();
        return -1;
    }
    int kind = kind_for(maxchar);
    if (maxchar > sb->maxchar) sb->maxchar = maxchar;
    ssize_t need = sb->len + extra;
    if (need <= sb->cap && kind <= sb->kind) return 0;
    /* doubling while small, an eighth more when large (a big block is
     * resized in place, and the room never written takes no memory), and
     * never less than asked for */
    ssize_t cap = sb->cap;
    if (cap < need) cap = cap < ((ssize_t)1 << 20) ? cap * 2 : cap + cap / 8;
    if (cap < need) cap = need;
    return sb_regrow(sb, cap, kind > sb->kind ? kind : sb->kind);
}

static inline void sb_put(StrBuilder *sb, uint32_t cp) {
    if (sb->kind == 1) ((uint8_t *)sb->buf)[sb->len++] = (uint8_t)cp;
    else if (sb->kind == 2) ((uint16_t *)sb->buf)[sb->len++] = (uint16_t)cp;
    else ((uint32_t *)sb->buf)[sb->len++] = cp;
}

int SB_AppendChar(StrBuilder *sb, uint32_t cp) {
    if (sb->len == sb->cap || (cp > sb->maxchar && kind_for(cp) > sb->kind)) {
        if (sb_prepare(sb, 1, cp) < 0) return -1;
    } else if (cp > sb->maxchar) {
        sb->maxchar = cp;
    }
    sb_put(sb, cp);
    return 0;
}

/* sb_prepare, with the common case (room left, no wider kind) inline. */
static inline int sb_room(StrBuilder *sb, ssize_t n, uint32_t maxchar) {
    if (n <= sb->cap - sb->len && (maxchar <= sb->maxchar || kind_for(maxchar) <= sb->kind)) {
        if (maxchar > sb->maxchar) sb->maxchar = maxchar;
        return 0;
    }
    return sb_prepare(sb, n, maxchar);
}

int SB_Reserve(StrBuilder *sb, ssize_t n, uint32_t maxchar) { return sb_room(sb, n, maxchar); }

/* Appends n code points of width kind from data, all at most maxchar. */
static int sb_append_data(StrBuilder *sb, const void *data, int kind, ssize_t n, uint32_t maxchar) {
    if (n == 0) return 0;
    if (sb_room(sb, n, maxchar) < 0) return -1;
    if (kind == sb->kind) {
        memcpy((uint8_t *)sb->buf + sb->len * kind, data, (size_t)n * (size_t)kind);
        sb->len += n;
        return 0;
    }
    for (ssize_t i = 0; i < n; i++)
        sb_put(sb, kind == 1 ? ((const uint8_t *)data)[i]
                   : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i]);
    return 0;
}

int SB_AppendASCII(StrBuilder *sb, const char *s, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(s);
    uint8_t m = 0;
    for (ssize_t i = 0; i < len; i++) m |= (uint8_t)s[i];
    /* bytes >= 128 are taken as Latin-1 code points */
    return sb_append_data(sb, s, 1, len, m < 128 ? 127 : 255);
}

int SB_AppendUTF8(StrBuilder *sb, const char *s, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(s);
    ssize_t i = 0;
    while (i < len && (uint8_t)s[i] < 0x80) i++;
    if (i == len) return sb_append_data(sb, s, 1, len, 127);
    Object *o = Str_FromUTF8(s, len);
    if (!o) return -1;
    int r = SB_AppendStr(sb, o);
    DECREF(o);
    return r;
}

int SB_AppendStr(StrBuilder *sb, Object *s) {
    return sb_append_data(sb, STR_DATA(s), STR_KIND(s), STR_LEN(s), STR_MAX_BOUND(s));
}

int SB_AppendStrSteal(StrBuilder *sb, Object *s) {
    if (sb->len == 0 && !sb->block && STR_LEN(s) > SB_INLINE) {
        ssize_t len = STR_LEN(s), cap;
        int kind = STR_KIND(s);
        uint32_t bound = STR_MAX_BOUND(s);
        void *b = Str_BufferAdopt(s, &cap);
        if (b) {
            sb->block = b;
            sb->buf = Str_BufferData(b);
            sb->len = len;
            sb->cap = cap;
            sb->kind = kind;
            sb->maxchar = bound;
            return 0;
        }
    }
    int r = SB_AppendStr(sb, s);
    DECREF(s);
    return r;
}

int SB_AppendSubstr(StrBuilder *sb, Object *s, ssize_t start, ssize_t end) {
    int k = STR_KIND(s);
    const uint8_t *p = (const uint8_t *)STR_DATA(s) + start * k;
    /* a part of s may be narrower than s: measure it unless s is ASCII */
    uint32_t m = ((Str *)s)->ascii ? 127 : Str_MaxCharOf(p, k, end - start);
    return sb_append_data(sb, p, k, end - start, m);
}

int SB_AppendFill(StrBuilder *sb, uint32_t cp, ssize_t n) {
    if (n <= 0) return 0;
    if (sb_room(sb, n, cp) < 0) return -1;
    if (sb->kind == 1) {
        memset((uint8_t *)sb->buf + sb->len, (int)cp, (size_t)n);
        sb->len += n;
    } else {
        for (ssize_t i = 0; i < n; i++) sb_put(sb, cp);
    }
    return 0;
}

int SB_AppendRepr(StrBuilder *sb, Object *o) {
    Object *r = Obj_Repr(o);
    if (!r) return -1;
    int rc = SB_AppendStr(sb, r);
    DECREF(r);
    return rc;
}

int SB_AppendObjStr(StrBuilder *sb, Object *o) {
    Object *r = Obj_Str(o);
    if (!r) return -1;
    int rc = SB_AppendStr(sb, r);
    DECREF(r);
    return rc;
}

Object *SB_Finish(StrBuilder *sb) {
    Object *r;
    if (sb->len > 1 && sb->block) {
        /* the block becomes the str (the buffer's kind is the narrowest for maxchar) */
        r = Str_BufferFinish(sb->block, sb->len, sb->kind, sb->maxchar);
        sb->block = NULL;
    } else if (sb->len <= 1) {
        r = Str_FromKindData(sb->kind, sb->buf, sb->len);   /* the shared '' and 1-character strs */
    } else {
        r = Str_NewRaw(sb->len, sb->maxchar);
        if (r) memcpy(STR_DATA(r), sb->buf, (size_t)sb->len * (size_t)sb->kind);
    }
    SB_Discard(sb);
    return r;
}

Object *SB_FinishBytes(StrBuilder *sb) {
    Object *r;
    if (sb->kind != 1) {
        Err_SetString(Exc_SystemError, "bytes built from characters above 255");
        r = NULL;
    } else if (sb->len > 1 && sb->block) {
        r = Str_BufferFinishBytes(sb->block, sb->len);
        sb->block = NULL;
    } else {
        r = Bytes_From(sb->buf, sb->len); /* the shared b'' and one-byte bytes */
    }
    SB_Discard(sb);
    return r;
}

void SB_Discard(StrBuilder *sb) {
    if (sb->block) Str_BufferFree(sb->block);
    SB_Init(sb);
}
