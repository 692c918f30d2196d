/* Signals as CPython handles them: a C handler only notes that a signal
 * arrived; the interpreter that owns the process's signals runs the Python
 * handler (for SIGINT: raise KeyboardInterrupt) at its next safe point, a
 * backward jump or the start of a function, where the eval loop already
 * stops for nothing else (ARCHITECTURE.md, "Signals"). */
#ifndef CIPY_SIGNALS_H
#define CIPY_SIGNALS_H
#include "object.h"
#include <signal.h>
#include <stdbool.h>

/* Set (process-wide) by the C handler when a signal arrived and its
 * handler has not run yet. */
extern volatile sig_atomic_t Signals_Pending;

/* Makes the current interpreter the one that handles the process's
 * signals, as python does at start-up: SIGINT raises KeyboardInterrupt
 * (unless it was ignored when the process started), SIGPIPE and SIGXFSZ are
 * ignored so that writes fail with an error instead.  -1 if handlers cannot
 * be installed. */
int Signals_Install(void);
/* Gives the signals back (the owner interpreter is going away): the
 * handlers that were in place before Signals_Install. */
void Signals_Uninstall(void);
/* The owner is being freed: its Python handlers go (a signal still caught
 * then is ignored, SIGINT's raises KeyboardInterrupt), before its objects
 * are collected. */
void Signals_ReleaseHandlers(void);
/* Runs the handlers of the signals that arrived, when the current
 * interpreter owns them.  -1 with the exception a handler raised. */
int Signals_Run(void);
/* What SIGINT's default handler does: raises KeyboardInterrupt; -1. */
int Signals_RaiseInterrupt(void);
/* Whether the current interpreter handles the process's signals. */
bool Signals_IsOwner(void);
/* The owner's handler of signum (new reference): what signal.signal() set,
 * else from the process's disposition: 0 (SIG_DFL), 1 (SIG_IGN), the
 * default_int_handler for SIGINT, None for a handler set outside Python. */
Object *Signals_GetHandler(int signum);
/* signal.signal() in the owner: handler is 0 (SIG_DFL), 1 (SIG_IGN) or a
 * callable, run at a safe point.  -1 with OSError. */
int Signals_SetHandler(int signum, Object *handler);
/* Tells the owner which object is signal.default_int_handler (borrowed). */
void Signals_SetDefaultIntHandler(Object *f);
/* The safe point's test: nothing but a load when no signal is pending. */
static inline int Signals_Check(void) {
    return __builtin_expect(Signals_Pending != 0, 0) ? Signals_Run() : 0;
}
#endif
