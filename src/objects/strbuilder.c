/* StrBuilder: accumulate code points in a UCS-4 buffer, then produce a str of
 * the narrowest kind. */
#include "str.h"
#include "../abstract.h"
#include "../runtime/err.h"
#include <stdlib.h>
#include <string.h>

void SB_Init(StrBuilder *sb) {
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->maxchar = 0;
}

static int sb_reserve(StrBuilder *sb, ssize_t extra) {
    if (extra < 0 || sb->len > ((ssize_t)1 << 58) - extra) {
        Err_NoMemory();
        return -1;
    }
    ssize_t need = sb->len + extra;
    if (need <= sb->cap) return 0;
    ssize_t cap = sb->cap ? sb->cap : 16;
    while (cap < need) cap *= 2;
    uint32_t *b = realloc(sb->buf, sizeof(uint32_t) * (size_t)cap);
    if (!b) {
        Err_NoMemory();
        return -1;
    }
    sb->buf = b;
    sb->cap = cap;
    return 0;
}

int SB_AppendChar(StrBuilder *sb, uint32_t cp) {
    if (sb->len == sb->cap && sb_reserve(sb, 1) < 0) return -1;
    sb->buf[sb->len++] = cp;
    if (cp > sb->maxchar) sb->maxchar = cp;
    return 0;
}

int SB_AppendASCII(StrBuilder *sb, const char *s, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(s);
    if (sb_reserve(sb, len) < 0) return -1;
    uint32_t m = sb->maxchar;
    for (ssize_t i = 0; i < len; i++) {
        uint32_t c = (uint8_t)s[i];
        sb->buf[sb->len++] = c;
        if (c > m) m = c;
    }
    sb->maxchar = m;
    return 0;
}

int SB_AppendUTF8(StrBuilder *sb, const char *s, ssize_t len) {
    if (len < 0) len = (ssize_t)strlen(s);
    ssize_t i = 0;
    while (i < len && (uint8_t)s[i] < 0x80) i++;
    if (i == len) return SB_AppendASCII(sb, s, len);
    Object *o = Str_FromUTF8(s, len);
    if (!o) return -1;
    int r = SB_AppendStr(sb, o);
    DECREF(o);
    return r;
}

int SB_AppendStr(StrBuilder *sb, Object *s) {
    ssize_t n = STR_LEN(s);
    if (sb_reserve(sb, n) < 0) return -1;
    uint32_t *d = sb->buf + sb->len;
    int k = STR_KIND(s);
    uint32_t m = sb->maxchar;
    if (k == 1) {
        const uint8_t *p = STR_DATA(s);
        for (ssize_t i = 0; i < n; i++) { d[i] = p[i]; if (p[i] > m) m = p[i]; }
    } else if (k == 2) {
        const uint16_t *p = STR_DATA(s);
        for (ssize_t i = 0; i < n; i++) { d[i] = p[i]; if (p[i] > m) m = p[i]; }
    } else {
        const uint32_t *p = STR_DATA(s);
        for (ssize_t i = 0; i < n; i++) { d[i] = p[i]; if (p[i] > m) m = p[i]; }
    }
    sb->maxchar = m;
    sb->len += n;
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
    Object *r = Str_FromKindData(4, sb->buf, sb->len);
    SB_Discard(sb);
    return r;
}

void SB_Discard(StrBuilder *sb) {
    free(sb->buf);
    SB_Init(sb);
}
