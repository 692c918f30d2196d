/* pthread_getattr_np */
#define _GNU_SOURCE
/* The running thread's C stack bounds and the stack-overflow error. */
#include "runtime/cstack.h"
#include "runtime/err.h"
#include <pthread.h>
#include <sys/resource.h>

THREAD_LOCAL CStack CStack_Current;

/* How far above the end of the stack the guards stop C recursion: room for
 * the deepest non-recursive work a guarded level does (formatting the error,
 * a __del__ run by a deallocation).  The sanitizers' frames are several
 * times larger. */
#if defined(__SANITIZE_ADDRESS__)
#define STACK_MARGIN (2u << 20)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STACK_MARGIN (2u << 20)
#endif
#endif
#ifndef STACK_MARGIN
#define STACK_MARGIN (256u << 10)
#endif

void CStack_Measure(void) {
    uintptr_t here = CStack_Here();
    uintptr_t low = 0, top = 0;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr;
        size_t size;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0 && here > (uintptr_t)addr &&
            here <= (uintptr_t)addr + size) {
            low = (uintptr_t)addr;
            top = low + size;
        }
        pthread_attr_destroy(&attr);
    }
    if (!low) {
        /* unknown: assume the soft limit's worth below here (8 MB if none) */
        size_t size = 8u << 20;
        struct rlimit rl;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = (size_t)rl.rlim_cur;
        top = here;
        low = here > size ? here - size : 0;
    }
    size_t size = top - low;
    size_t margin = STACK_MARGIN < size / 2 ? STACK_MARGIN : size / 2;
    CStack_Current.top = top;
    CStack_Current.limit = low + margin;
    CStack_Current.floor = low + margin / 2;
}

int CStack_Overflow(const char *where) {
    size_t used = CStack_Current.top > CStack_Here() ? CStack_Current.top - CStack_Here() : 0;
    Err_Format(Exc_RecursionError, "Stack overflow (used %d kB)%s", (int)(used / 1024), where);
    return -1;
}
