/* The end of a program: CPython's shutdown order (see shutdown.c). */
#ifndef CIPY_SHUTDOWN_H
#define CIPY_SHUTDOWN_H
#include "runtime/interp.h"

/* Ends in's program as CPython's Py_FinalizeEx does, up to the point where
 * only memory is left to free (Interp_Free). */
void Shutdown_Run(Interp *in);
/* Ends one run's __main__ the same way, leaving the other modules loaded
 * for the next run (embedders): garbage cycles, then __main__'s globals. */
void Shutdown_ReleaseMain(Interp *in);
#endif
