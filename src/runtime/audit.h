/* Audit hooks (PEP 578): sys.addaudithook() and the events sys.audit() and
 * the interpreter raise (audit.c). */
#ifndef CIPY_AUDIT_H
#define CIPY_AUDIT_H
#include "object.h"
#include <fcntl.h>

/* Calls each hook, in the order they were added, with (event, args); args
 * is a tuple (borrowed).  0, or -1 with the error of the hook that raised
 * (the later hooks are not called).  Costs one test while there are none. */
int Audit_Event(const char *event, Object *args);
/* The same with the arguments as an array (borrowed). */
int Audit_EventArgs(const char *event, size_t nargs, Object *const *args);
/* The same with the arguments described by fmt, one letter each: 'O' an
 * object (borrowed; NULL shows as None), 'i' an int, 'L' a long long, 'K'
 * an unsigned long long.  Builds nothing while there are no hooks. */
int Audit_Eventf(const char *event, const char *fmt, ...);
/* A dir_fd as events show it: -1 for the current directory (the default). */
#define AUDIT_DIR_FD(fd) ((fd) == AT_FDCWD ? -1 : (fd))
/* sys.addaudithook(hook): raises "sys.addaudithook" first; a hook that
 * refuses it with a RuntimeError keeps the new one out, silently.  0, or
 * -1 with an error. */
int Audit_AddHook(Object *hook);
/* Drops the hooks, at the end, once the atexit handlers have run. */
void Audit_Clear(void);
#endif
