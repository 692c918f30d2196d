/* Structural mutations of a .pyc marshal tree: bytecode edits (bytecode.h),
 * constants of other types, names, variables and their kinds, code object
 * fields, line and exception tables, back-references, nesting, lengths. */
#ifndef FUZZ_MUTATE_H
#define FUZZ_MUTATE_H
#include "mtree.h"
#include "rng.h"

/* One random edit of t; false if the chosen edit did not apply. */
bool Mutate_Tree(MTree *t, Rng *rng);
/* Grafts a copy of a part of other (a code object or a constant, mostly)
 * into t, in place of one of t's nodes. */
bool Mutate_Crossover(MTree *t, MTree *other, Rng *rng);
#endif
