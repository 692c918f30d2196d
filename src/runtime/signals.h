/* Signals as CPython handles them: a C handler only notes that a signal
 * arrived; the interpreter that owns the process's signals runs the Python
 * handler (for SIGINT: raise KeyboardInterrupt) at its next safe point, a
 * backward jump or the start of a function, where the eval loop already
 * stops for nothing else (ARCHITECTURE.md, "Signals"). */
#ifndef CIPY_SIGNALS_H
#define CIPY_SIGNALS_H
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
/* Runs the handlers of the signals that arrived, when the current
 * interpreter owns them.  -1 with the exception a handler raised. */
int Signals_Run(void);
/* The safe point's test: nothing but a load when no signal is pending. */
static inline int Signals_Check(void) {
    return __builtin_expect(Signals_Pending != 0, 0) ? Signals_Run() : 0;
}
#endif
