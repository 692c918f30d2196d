/* A code object's instructions and exception table as lists the mutator
 * edits: jump targets and handler ranges are kept as instruction indices, so
 * inserting or removing instructions leaves them pointing where they did,
 * and re-encoding adds the EXTENDED_ARG prefixes opargs need. */
#ifndef FUZZ_BYTECODE_H
#define FUZZ_BYTECODE_H
#include "mtree.h"
#include "rng.h"

typedef struct FInstr {
    uint8_t op;
    uint32_t arg;
    int prefixes;          /* EXTENDED_ARG units before it (at least what arg needs) */
    int ncache;            /* inline cache units after it */
    uint16_t *cache;       /* their contents (ncache units, in the tree's arena) */
    int target;            /* jump target (an instruction index), or -1: arg is kept */
} FInstr;

typedef struct FExc {
    int start, end, target; /* instruction indices; end may be the instruction count */
    int depth;
    bool lasti;
} FExc;

typedef struct FCode {
    MNode *node;           /* the code object ('c') */
    FInstr *ins;
    int n, cap;
    FExc *exc;
    int nexc, capexc;
    bool exc_decoded;      /* false: the table did not decode and is left as it is */
} FCode;

/* Decodes code's co_code and exception table.  False if co_code is not a
 * bytes node. */
bool FCode_Decode(MTree *t, MNode *code, FCode *fc);
/* Writes the instructions (and the exception table, if it was decoded)
 * back into the code object. */
void FCode_Encode(MTree *t, FCode *fc);

/* Opcodes the mutator may write: defined ones that may appear in a .pyc
 * (EXTENDED_ARG and CACHE are layout, not instructions). */
bool Bytecode_IsWritable(int op);
/* One random edit of the instructions or the exception table of code. */
bool Bytecode_Mutate(MTree *t, MNode *code, Rng *rng);
#endif
