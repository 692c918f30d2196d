/* The _traceback_fmt module: the parts of the interpreter's own traceback
 * formatter (runtime/tb_format.c) that lib/traceback.py shares, so that the
 * source lines with their ~~~^^^ markers and the "Did you mean" hints have
 * one implementation. */
#include "abstract.h"
#include "code.h"
#include "modules/modules.h"
#include "objects/exc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/tb_internal.h"
#include "runtime/traceback.h"
#include <stdlib.h>

/* An int argument that may be None (-1 then). */
static int opt_int(Object *o, int *out) {
    if (o == OBJ_NONE) { *out = -1; return 0; }
    int64_t v;
    if (!Int_Check(o)) {
        Err_Format(Exc_TypeError, "expected int or None, got %s", TYPE_NAME(o));
        return -1;
    }
    if (Int_AsI64(o, &v) < 0) return -1;
    *out = v < -1 || v > 1000000000 ? -1 : (int)v;
    return 0;
}

/* source_block(lines, colno, end_colno, colorize): lines is a list of the
 * instruction's source lines (str). */
static Object *source_block(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!List_Check(args[0])) {
        Err_Format(Exc_TypeError, "expected list, got %s", TYPE_NAME(args[0]));
        return NULL;
    }
    int colno, end_colno;
    if (opt_int(args[1], &colno) < 0 || opt_int(args[2], &end_colno) < 0) return NULL;
    int colour = Obj_IsTrue(args[3]);
    if (colour < 0) return NULL;
    Object *lines = Tuple_FromIterable(args[0]);   /* a snapshot the loop can borrow from */
    if (!lines) return NULL;
    ssize_t n = TUPLE_LEN(lines);
    if (n == 0 || n > 100000) {
        DECREF(lines);
        return NEWREF(Str_Empty());
    }
    const char **text = calloc((size_t)n, sizeof(char *));
    if (!text) {
        DECREF(lines);
        return Err_NoMemory();
    }
    for (ssize_t i = 0; i < n; i++) {
        Object *s = TUPLE_GET(lines, i);
        text[i] = Str_Check(s) ? Str_AsUTF8(s, NULL) : NULL;   /* borrowed from s */
        if (!text[i]) Err_Clear();
    }
    char *block = Tb_FormatSource(text, (int)n, colno, end_colno, colour);
    free(text);
    DECREF(lines);
    if (!block) return Err_NoMemory();
    Object *r = Str_FromUTF8(block, -1);
    free(block);
    return r;
}

/* code_position(code, lasti): (lineno, end_lineno, colno, end_colno) of the
 * instruction at byte offset lasti, each None when unknown. */
static Object *code_position(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (IS_SMALL(args[0]) || TYPE(args[0]) != &Code_Type) {
        Err_Format(Exc_TypeError, "expected code, got %s", TYPE_NAME(args[0]));
        return NULL;
    }
    int lasti;
    if (opt_int(args[1], &lasti) < 0) return NULL;
    CodePos pos = {-1, -1, -1, -1};
    if (lasti < 0 || Code_Position((Code *)args[0], lasti / 2, &pos) < 0) pos = (CodePos){-1, -1, -1, -1};
    int v[4] = {pos.line, pos.end_line, pos.col, pos.end_col};
    Object *t = Tuple_New(4);
    if (!t) return NULL;
    for (int i = 0; i < 4; i++) {
        Object *x = v[i] < 0 ? NEWREF(OBJ_NONE) : Int_FromI64(v[i]);
        if (!x) {
            DECREF(t);
            return NULL;
        }
        ((Tuple *)t)->items[i] = x;
    }
    return t;
}

/* name_hint(exc): the text the interpreter appends to the message of a
 * NameError, AttributeError or ImportError (". Did you mean: 'x'?"), or
 * None. */
static Object *name_hint(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Exc_Check(args[0])) return NEWREF(OBJ_NONE);
    char *hint = Tb_NameHint(args[0]);
    if (!hint) {
        Err_Clear();
        return NEWREF(OBJ_NONE);
    }
    Object *r = Str_FromUTF8(hint, -1);
    free(hint);
    return r;
}

static const MethodDef traceback_fmt_functions[] = {
    {"source_block", source_block, 0,
     ARGS("($module, lines, colno, end_colno, colorize, /)", "The source lines of a frame with their markers.")},
    {"code_position", code_position, 0,
     ARGS("($module, code, lasti, /)", "The source position of the instruction at byte offset lasti.")},
    {"name_hint", name_hint, 0, ARGS("($module, exc, /)", "The suggestion appended to the message of exc, or None.")},
    {NULL, NULL, 0, NULL},
};

int TracebackFmt_Init(Object *module) {
    return Module_AddFunctions(module, traceback_fmt_functions);
}
