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
} Engine;

/* A subject held for a whole operation (subject.c): its units stay valid
 * even if Python code run meanwhile (a finaliser, say) searches again. */
typedef struct Subject {
    Object *obj;          /* owned */
    Object *wide;         /* owned copy holding units, NULL when they are obj's own */
    const uint32_t *units;
    ssize_t len;
} Subject;

/* Takes the subject s (checked against the pattern's kind, CPython's
 * TypeErrors otherwise); -1 after raising. */
int Engine_TakeSubject(Engine *e, Object *s, Subject *out);
/* Releases it (its copy stays cached for the next operations). */
void Engine_GiveSubject(Subject *s);
extern Type Widened_Type, SubjectCache_Type;
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
