/* Whether the traceback of an uncaught exception is coloured.  CPython
 * 3.14 decides it each time it prints one, from its environment of that
 * moment and the stream it writes to; an embedder's interpreter has no
 * colours unless its configuration asks for them (cipy_config.colors). */
#include "runtime/interp.h"
#include "runtime/traceback.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* set and not empty */
static bool env_set(const char *name) {
    const char *v = getenv(name);
    return v && *v;
}

bool Tb_ColourWanted(void) {
    if (!g_interp || g_interp->tb_colors == 0) return false;
    if (g_interp->tb_colors > 0) return true;
    /* PYTHON_COLORS decides when it is exactly "0" or "1" (and only it is
     * subject to -E); NO_COLOR then wins over FORCE_COLOR */
    const char *colors = g_interp->ignore_environment ? NULL : getenv("PYTHON_COLORS");
    if (colors && strcmp(colors, "0") == 0) return false;
    if (colors && strcmp(colors, "1") == 0) return true;
    if (env_set("NO_COLOR")) return false;
    if (env_set("FORCE_COLOR")) return true;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0) return false;
    return g_interp->err.fd >= 0 && isatty(g_interp->err.fd) == 1;
}
