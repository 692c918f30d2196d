/* The hints CPython's traceback module appends to NameError, AttributeError
 * and ImportError messages: ". Did you mean: 'x'?" and ". Did you forget to
 * import 'sys'?". */
#include "abstract.h"
#include "objects/dict.h"
#include "objects/exc.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/err.h"
#include "runtime/interp.h"
#include "runtime/tb_internal.h"
#include "runtime/traceback.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* sys.stdlib_module_names of CPython 3.14 (sorted, from the oracle). */
static const char *const stdlib_names[] = {
    "__future__", "_abc", "_aix_support", "_android_support", "_apple_support", "_ast",
    "_ast_unparse", "_asyncio", "_bisect", "_blake2", "_bz2", "_codecs", "_codecs_cn",
    "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections",
    "_collections_abc", "_colorize", "_compat_pickle", "_contextvars", "_csv", "_ctypes",
    "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree",
    "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib",
    "_heapq", "_hmac", "_imp", "_interpchannels", "_interpqueues", "_interpreters", "_io",
    "_ios_support", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5",
    "_multibytecodec", "_multiprocessing", "_opcode", "_opcode_metadata", "_operator",
    "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
    "_py_warnings", "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_pyrepl", "_queue",
    "_random", "_remote_debugging", "_scproxy", "_sha1", "_sha2", "_sha3", "_signal",
    "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string",
    "_strptime", "_struct", "_suggestions", "_symtable", "_sysconfig", "_thread",
    "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_types", "_typing", "_uuid",
    "_warnings", "_weakref", "_weakrefset", "_winapi", "_wmi", "_zoneinfo", "_zstd", "abc",
    "annotationlib", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "base64",
    "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cmath", "cmd",
    "code", "codecs", "codeop", "collections", "colorsys", "compileall", "compression",
    "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "csv",
    "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis",
    "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl",
    "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath",
    "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq",
    "hmac", "html", "http", "idlelib", "imaplib", "importlib", "inspect", "io", "ipaddress",
    "itertools", "json", "keyword", "linecache", "locale", "logging", "lzma", "mailbox",
    "marshal", "math", "mimetypes", "mmap", "modulefinder", "msvcrt", "multiprocessing",
    "netrc", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os",
    "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib", "poplib",
    "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr",
    "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib",
    "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve",
    "shlex", "shutil", "signal", "site", "smtplib", "socket", "socketserver", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
    "tarfile", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit",
    "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty",
    "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uuid",
    "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xml",
    "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"
};

static bool is_stdlib_name(const char *s) {
    size_t lo = 0, hi = sizeof stdlib_names / sizeof stdlib_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(s, stdlib_names[mid]);
        if (c == 0) return true;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return false;
}

static Traceback *innermost(Object *exc) {
    Traceback *tb = (Traceback *)EXC_TRACEBACK(exc);
    while (tb && tb->next) tb = tb->next;
    return tb;
}

/* sorted(dir(obj)) restricted to str (new list), or NULL (error cleared). */
static Object *dir_of(Object *obj) {
    Object *dir = g_interp && g_interp->builtins ? Dict_GetStr(g_interp->builtins, "dir") : NULL;
    if (!dir) return NULL;
    Object *l = Obj_CallOneArg(dir, obj);
    if (!l || !List_Check(l)) {
        XDECREF(l);
        return NULL;
    }
    return l;
}

/* Drops names starting with '_' (in place). */
static void hide_private(Object *l) {
    ssize_t k = 0;
    for (ssize_t i = 0; i < LIST_LEN(l); i++) {
        Object *s = LIST_GET(l, i);
        if (Str_Check(s) && STR_LEN(s) > 0 && STR_CHAR(s, 0) == '_') {
            DECREF(s);
            continue;
        }
        LIST_ITEMS(l)[k++] = s;
    }
    ((List *)l)->len = k;
}

/* The suggestion for wrong_name (new str) or NULL. */
static Object *suggestion(Object *exc, Object *wrong) {
    bool hide = !(STR_LEN(wrong) > 0 && STR_CHAR(wrong, 0) == '_');
    Object *cands = NULL;
    if (Type_IsSubtype(TYPE(exc), Exc_AttributeError)) {
        Object *obj = ((AttributeErrorExc *)exc)->obj;
        if (!(cands = dir_of(obj ? obj : OBJ_NONE))) return NULL;
        Traceback *tb = innermost(exc);
        if (hide && tb && tb->self_is_obj) hide = false;
        if (hide) hide_private(cands);
    } else if (Type_IsSubtype(TYPE(exc), Exc_ImportError)) {
        Object *name = ((ImportErrorExc *)exc)->name;
        if (!name || !Str_Check(name) || !g_interp || !g_interp->modules) return NULL;
        /* __import__('a.b') gives the top-level package */
        ssize_t dot = Str_Find(name, Str_InternC("."), 0, STR_LEN(name));
        Object *top = dot >= 0 ? Str_Substring(name, 0, dot) : NEWREF(name);
        if (!top) return NULL;
        Object *mod = NULL;
        int r = Dict_Lookup(g_interp->modules, top, &mod);
        DECREF(top);
        if (r <= 0) return NULL;
        if (!(cands = dir_of(mod))) return NULL;
        if (hide) hide_private(cands);
    } else {
        Traceback *tb = innermost(exc);
        if (!tb || !tb->hint_names) return NULL;
        if (tb->self_has_name) return Str_FromFormat("self.%U", wrong);
        cands = NEWREF(tb->hint_names);
    }
    Object *best = Suggest_Closest(wrong, LIST_ITEMS(cands), LIST_LEN(cands));
    XINCREF(best);
    DECREF(cands);
    return best;
}

static char *dup_utf8(Object *s) {
    const char *u = Str_AsUTF8(s, NULL);
    return u ? strdup(u) : NULL;
}

char *Tb_NameHint(Object *exc) {
    Object *saved = Err_Fetch();
    Object *wrong = NULL;
    bool name_error = false;
    if (Type_IsSubtype(TYPE(exc), Exc_ImportError)) {
        wrong = ((ImportErrorExc *)exc)->name_from;
    } else if (Type_IsSubtype(TYPE(exc), Exc_NameError)) {
        wrong = ((NameErrorExc *)exc)->name;
        name_error = true;
    } else if (Type_IsSubtype(TYPE(exc), Exc_AttributeError)) {
        wrong = ((AttributeErrorExc *)exc)->name;
    }
    char *out = NULL;
    if (!wrong || !Str_Check(wrong)) goto done;
    Object *sugg = suggestion(exc, wrong);
    Err_Clear();
    Object *text = NULL;
    if (sugg) text = Str_FromFormat(". Did you mean: '%U'?", sugg);
    const char *w = name_error ? Str_AsUTF8(wrong, NULL) : NULL;
    if (w && is_stdlib_name(w)) {
        Object *more = Str_FromFormat(sugg ? "%U Or did you forget to import '%U'?" : "%U. Did you forget to import '%U'?",
                                      text ? text : Str_InternC(""), wrong);
        XDECREF(text);
        text = more;
    }
    XDECREF(sugg);
    if (text) {
        out = dup_utf8(text);
        DECREF(text);
    }
done:
    Err_Clear();
    Err_Restore(saved);
    return out;
}
