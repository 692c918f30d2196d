/* The C stack of the running thread, and the guard against running out of it.
 *
 * Deep C recursion over user data (repr of nested lists, a chain of zip
 * objects, generators resumed from C) is limited by the room left on the
 * thread's C stack, as in CPython 3.14, not by counting levels: a guard
 * compares the current stack position with a limit kept a safety margin
 * above the end of the stack, and raises RecursionError below it.  The
 * bounds are measured once per thread, the first time a guard runs there,
 * so each thread is checked against its own stack. */
#ifndef CIPY_CSTACK_H
#define CIPY_CSTACK_H
#include "runtime/tls.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct CStack {
    uintptr_t top;    /* the stack's highest address: it grows down from here */
    uintptr_t limit;  /* guards raise below this address; 0: not measured yet */
    uintptr_t floor;  /* the backstop guards raise below this one, lower still */
} CStack;

extern THREAD_LOCAL CStack CStack_Current;

/* Measures the running thread's stack into CStack_Current. */
void CStack_Measure(void);

static inline __attribute__((always_inline)) uintptr_t CStack_Here(void) {
    return (uintptr_t)__builtin_frame_address(0);
}

/* Whether fewer than `reserve` bytes are left above the guard limit. */
static inline __attribute__((always_inline)) bool CStack_Low(size_t reserve) {
    if (__builtin_expect(CStack_Current.limit == 0, 0)) CStack_Measure();
    return CStack_Here() < CStack_Current.limit + reserve;
}

/* Raises RecursionError "Stack overflow (used N kB)<where>", CPython's
 * wording, and returns -1. */
int CStack_Overflow(const char *where);

/* -1 with RecursionError when the stack is exhausted, else 0: for each level
 * of a C recursion that user data can make arbitrarily deep. */
static inline __attribute__((always_inline)) int CStack_Check(const char *where) {
    return CStack_Low(0) ? CStack_Overflow(where) : 0;
}

/* The backstop for C recursion that CPython leaves unguarded (a chain of
 * zip objects, where CPython crashes): RecursionError only past the limit
 * of the guards above, so that where a recursion meets both kinds, the
 * message of the guard CPython has wins. */
static inline __attribute__((always_inline)) int CStack_CheckBackstop(void) {
    if (__builtin_expect(CStack_Current.limit == 0, 0)) CStack_Measure();
    return CStack_Here() < CStack_Current.floor ? CStack_Overflow("") : 0;
}

/* The stack a deallocation keeps free above the guard limit: objects freed
 * deeper are deferred (runtime/dealloc.c), leaving their __del__ methods
 * room to run Python code. */
#define CSTACK_DEALLOC_RESERVE (64u << 10)
#endif
