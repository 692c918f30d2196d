/* The C half of _thread: the two thread identities only the C library can
 * tell.  Everything else of the module (its locks, `_local`, the refusal to
 * start a thread) is Python, in lib/_thread.py: a program here has one
 * thread, so no lock ever waits on another thread. */
#define _GNU_SOURCE
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/module.h"
#include "runtime/args.h"
#include <pthread.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

static Object *thread_get_ident(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Int_FromU64((uint64_t)(uintptr_t)pthread_self());
}

static Object *thread_get_native_id(Object *m, Object *const *args, size_t nargs, Object *kw) {
    return Int_FromI64((int64_t)syscall(SYS_gettid));
}

static const MethodDef thread_functions[] = {
    {"get_ident", thread_get_ident, 0,
     ARGS("($module, /)",
          "Return a non-zero integer that uniquely identifies the current thread\n"
          "amongst other threads that exist simultaneously.\n"
          "This may be used to identify per-thread resources.\n"
          "Even though on some platforms threads identities may appear to be\n"
          "allocated consecutive numbers starting at 1, this behavior should not\n"
          "be relied upon, and the number should be seen purely as a magic cookie.\n"
          "A thread's identity may be reused for another thread after it exits.")},
    {"get_native_id", thread_get_native_id, 0,
     ARGS("($module, /)",
          "Return a non-negative integer identifying the thread as reported\n"
          "by the OS (kernel). This may be used to uniquely identify a\n"
          "particular thread within a system.")},
    {NULL, NULL, 0, NULL},
};

int Thread_Init(Object *module) { return Module_AddFunctions(module, thread_functions); }
