/* The compiled form of a pattern shared by engine.c (compiling, searching)
 * and scan.c (the operations over a whole string). */
#ifndef CIPY_RE_ENGINE_H
#define CIPY_RE_ENGINE_H
#define PCRE2_CODE_UNIT_WIDTH 32
#include "modules/re/re.h"
#include <pcre2.h>

typedef struct Engine {
    Object ob;
    pcre2_code *code;
    pcre2_match_data *data;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit_stack;
    int groups, flags;
    bool bytes;
    Object *groupindex;
    Object *parents;     /* tuple: parents[g] is the group enclosing group g, 0 for none */
    uint8_t *ahead;      /* ahead[g]: group g is in a look-ahead within its parent (owned) */
    /* the last subject, widened to 32-bit units (kept for finditer, sub,
     * split and findall, which search the same string again and again) */
    Object *subject;
    uint32_t *units;
    bool units_owned;
} Engine;

/* A subject held for a whole operation: its units stay valid even if
 * Python code run meanwhile (a finaliser, say) searches with the engine. */
typedef struct Subject {
    Object *obj;          /* owned */
    const uint32_t *units;
    bool units_owned;
    ssize_t len;
} Subject;

/* Takes the subject s (checked against the pattern's kind, CPython's
 * TypeErrors otherwise); -1 after raising. */
int Engine_TakeSubject(Engine *e, Object *s, Subject *out);
/* Gives it back (the engine keeps it for the next call when it can). */
void Engine_GiveSubject(Engine *e, Subject *s);
/* One search of s->units[:endpos] from pos (mode as engine.search's):
 * 1 with spans[0 .. 2*groups+1] filled (-1 for unset groups), 0 for no
 * match, -1 after raising. */
int Engine_Exec(Engine *e, const Subject *s, ssize_t pos, ssize_t endpos, int mode, ssize_t *spans);
/* s[a:b] as a str or bytes object. */
Object *Engine_Slice(const Engine *e, const Subject *s, ssize_t a, ssize_t b);
/* Room for the spans of a match: 2 * (groups + 1) entries; NULL after raising. */
ssize_t *Engine_NewSpans(const Engine *e);

/* A re.Match for the spans of a match (match.c); len is the subject's. */
extern Type Match_Type;
Object *Match_New(Engine *e, Object *pattern, Object *string, ssize_t pos, ssize_t endpos, ssize_t len,
                  const ssize_t *spans);

/* A scanner over string[pos:endpos] (scanner.c). */
extern Type Scanner_Type;
Object *Scanner_New(Engine *e, Object *pattern, Object *string, ssize_t pos, ssize_t endpos);

Object *Engine_FindAll(Engine *e, Object *string, ssize_t pos, ssize_t endpos);
Object *Engine_Split(Engine *e, Object *string, ssize_t maxsplit);
Object *Engine_SubTemplate(Engine *e, Object *string, Object *template, ssize_t count);

#endif
