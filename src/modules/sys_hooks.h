/* sys's hooks (sys_hooks.c): what the interpreter calls for an uncaught
 * or an unraisable exception, and the sys functions behind them. */
#ifndef CIPY_SYS_HOOKS_H
#define CIPY_SYS_HOOKS_H
#include "object.h"
#include "objects/structseq.h"

extern StructSeqType SysHooks_UnraisableType, SysHooks_ThreadInfoType, SysHooks_AsyncGenHooksType;

/* Adds the hooks, their originals (__excepthook__, ...), call_tracing, the
 * switch interval, thread_info and copyright to the sys module m.  -1 on
 * error. */
int SysHooks_Init(Object *m);
/* Readies the struct sequence types, once at start-up.  -1 on error. */
int SysHooks_Ready(void);

/* The exception that ends a program (borrowed): sys.excepthook is called
 * with it, or when that is sys's own, the traceback is printed; a hook that
 * fails is reported as CPython reports it.  Leaves no exception set. */
void Sys_HandleUncaught(Object *exc);
/* The traceback of exc on stderr, as sys.__excepthook__ prints it. */
void Sys_PrintException(Object *exc);
/* An exception that cannot be raised (borrowed), with its message (a str,
 * or NULL) and object (or NULL): sys.unraisablehook is called with them, or
 * when that is sys's own, they are printed.  Leaves no exception set. */
void Sys_HandleUnraisable(Object *exc, Object *msg, Object *obj);
#endif
