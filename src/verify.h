/* The bytecode verifier: run once on every code object a .pyc delivers,
 * before anything executes it.  After Verify_Code succeeds the eval loop may
 * rely on: known opcodes only, complete EXTENDED_ARG chains and inline
 * caches, opargs within INT32_MAX, const/name/local/cell indices in range,
 * opargs that select a table entry (BINARY_OP, CALL_INTRINSIC_*, conversions,
 * ...) in range, container opargs of LIST_APPEND and friends at least 1, jump
 * and handler targets on instruction boundaries, no falling off the end of
 * the code, consistent stack depths within co_stacksize (by net stack
 * effects), no instruction reading more items than the stack holds
 * (Opcode_StackInputs: what the eval loop pops or peeks at), exception-table depths
 * not above the stack by net effects (the eval loop's unwinding pads a stack
 * an error left shallower).
 * Not guaranteed: the types of stack items, and that a *_DEREF slot holds a
 * cell (STORE_FAST can store anything there): the eval loop checks the ones
 * it relies on at run time (ARCHITECTURE.md, "Hostile bytecode"). */
#ifndef CIPY_VERIFY_H
#define CIPY_VERIFY_H
#include "code.h"
#include <stddef.h>

/* 0 if c and every code object reachable from its constants are valid;
 * otherwise -1 with a one-line reason (naming the code object and offset)
 * in err.  Raises nothing (MemoryError is reported in err as well). */
int Verify_Code(Code *c, char *err, size_t errsize);
/* The same checks for c alone, not the code objects among its constants
 * (the marshal reader runs this on every code object it builds, innermost
 * first, so everything Marshal_Loads returns is already verified). */
int Verify_CodeShallow(Code *c, char *err, size_t errsize);
#endif
