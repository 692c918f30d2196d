/* A marshal stream as a tree the fuzzer can edit, independent of the
 * interpreter's own reader: it accepts anything that is well-formed at the
 * byte level (types the interpreter would reject included) and writes it
 * back, including lies about lengths and stale back-references.
 *
 * Nodes live in an arena: nothing is freed until the whole tree is, so
 * edits may drop or share nodes freely.  When the arena cannot grow (it is
 * capped), it jumps to the tree's bail-out point. */
#ifndef FUZZ_MTREE_H
#define FUZZ_MTREE_H
#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MT_FLAG_REF 0x80
/* Deeper trees are neither read nor written (the interpreter stops at 2000). */
#define MT_MAX_DEPTH 6000

/* The fields of a code object ('c') kept in MNode.cint and MNode.kids. */
enum { CI_ARGCOUNT, CI_POSONLY, CI_KWONLY, CI_STACKSIZE, CI_FLAGS, CI_FIRSTLINENO, CI_COUNT };
enum {
    CK_CODE, CK_CONSTS, CK_NAMES, CK_LPNAMES, CK_LPKINDS, CK_FILENAME, CK_NAME, CK_QUALNAME,
    CK_LINETABLE, CK_EXCTABLE, CK_COUNT
};

typedef struct MNode MNode;
struct MNode {
    uint8_t type;          /* marshal type code without MT_FLAG_REF */
    bool flagged;          /* written with MT_FLAG_REF: 'r' nodes may name it */
    bool has_count;        /* count below replaces the real length when written */
    int32_t count;
    int32_t ival;          /* 'i': the value; 'l': the signed digit count; 'r': the index read */
    uint8_t *data;         /* payload: string and bytes contents, 'l' digits, float bytes */
    size_t len;
    MNode **kids;          /* items; dict: key, value, key, ...; code: CK_*; slice: 3 */
    size_t nkids, capkids;
    int32_t cint[CI_COUNT];/* code objects' int fields */
    MNode *target;         /* 'r': the node named (NULL: write ival as it is) */
    uint32_t wgen;         /* writer scratch: generation that numbered this node */
    int32_t windex;        /* writer scratch: its reference index */
};

typedef struct MArena MArena;

typedef struct MTree {
    MArena *arena;
    jmp_buf *bail;         /* where an arena allocation failure jumps */
    uint8_t header[16];    /* the .pyc header, kept as read */
    MNode *root;
    uint8_t *tail;         /* bytes after the root object */
    size_t tail_len;
} MTree;

/* Parses a .pyc image (16-byte header + marshal stream) into a new tree.
 * Returns false (nothing to free) if the bytes are not a well-formed
 * marshal stream. */
bool MTree_Parse(MTree *t, const uint8_t *data, size_t size);
/* Writes the tree as a .pyc image into out (at most cap bytes); returns the
 * length, or 0 if it does not fit or nests too deeply. */
size_t MTree_Write(const MTree *t, uint8_t *out, size_t cap);
void MTree_Free(MTree *t);

/* Allocation in t's arena (zeroed). */
void *MTree_Alloc(MTree *t, size_t n);
MNode *MNode_New(MTree *t, uint8_t type);
MNode *MNode_NewData(MTree *t, uint8_t type, const void *data, size_t len);
MNode *MNode_NewInt(MTree *t, int32_t v);
void MNode_Append(MTree *t, MNode *parent, MNode *kid);
void MNode_SetData(MTree *t, MNode *n, const void *data, size_t len);
/* A deep copy into t (n may come from another tree); 'r' nodes keep their
 * targets. */
MNode *MNode_Copy(MTree *t, const MNode *n);

/* Every node of the tree in preorder (the order the writer numbers
 * references in), allocated in t's arena. */
typedef struct MList { MNode **items; size_t len; } MList;
MList MTree_Nodes(MTree *t);
/* The parent of n (NULL for the root) and n's index among its kids. */
MNode *MTree_Parent(MTree *t, const MNode *n, size_t *kid_index);

/* Marshal type codes by what they hold. */
bool MType_IsStr(uint8_t type);
bool MType_IsSequence(uint8_t type);   /* tuple, list, set, frozenset */
#endif
