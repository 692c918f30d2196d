/* The disassembler: reproduces the text of CPython 3.14's dis.dis(code)
 * (default options).  Layout of one instruction line, fields joined by a
 * space and the line right-stripped:
 *   line number (width >= 3, "--" when none; omitted without line info)
 *   label "Ln:" right-aligned to 4 + digits(number of labels)
 *   "   " (the current-instruction marker column)
 *   opname padded to 20, oparg right-aligned to 5 (less what the name overflows)
 *   "(argrepr)" when there is one. */
#include "dis.h"
#include "abstract.h"
#include "code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "opcodes.h"
#include "runtime/bytebuf.h"
#include "runtime/err.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends str(o) or repr(o) as UTF-8; "?" if that fails. */
static void buf_obj(ByteBuf *b, Object *o, bool repr) {
    Object *s = repr ? Obj_Repr(o) : (Str_Check(o) ? NEWREF(o) : Obj_Str(o));
    const char *u = NULL;
    ssize_t n = 0;
    if (s) u = Str_AsUTF8(s, &n);
    if (u) ByteBuf_Add(b, u, (size_t)n);
    else {
        Err_Clear();
        ByteBuf_Puts(b, "?");
    }
    XDECREF(s);
}

/* One decoded instruction, as dis's _unpack_opargs yields them. */
typedef struct Ins {
    int offset;       /* bytes */
    int op;
    bool has_arg;
    int64_t arg;
} Ins;

typedef struct Labels { int *offsets; int n, cap; } Labels;

static bool labels_add(Labels *l, int off) {
    for (int i = 0; i < l->n; i++)
        if (l->offsets[i] == off) return true;
    if (l->n == l->cap) {
        int ncap = l->cap ? 2 * l->cap : 32;
        int *no = realloc(l->offsets, (size_t)ncap * sizeof(int));
        if (!no) return false;
        l->offsets = no;
        l->cap = ncap;
    }
    l->offsets[l->n++] = off;
    return true;
}
static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int label_of(const Labels *l, int off) { /* 1-based label number, 0 if none */
    int lo = 0, hi = l->n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (l->offsets[mid] == off) return mid + 1;
        if (l->offsets[mid] < off) lo = mid + 1;
        else hi = mid - 1;
    }
    return 0;
}

static int jump_target(const Ins *in) {
    unsigned f = Opcode_Flags[in->op];
    if (!in->has_arg || !(f & (OPF_JUMP_FWD | OPF_JUMP_BACK))) return -1;
    int64_t arg = (f & OPF_JUMP_BACK) ? -in->arg : in->arg;
    return (int)(in->offset + 2 + arg * 2 + 2 * Opcode_Caches[in->op]);
}

static Object *tuple_item(Object *t, int64_t i) {
    if (i < 0 || i >= TUPLE_LEN(t)) return NULL;
    return TUPLE_GET(t, i);
}

static void put_name(ByteBuf *b, Object *t, int64_t i) {
    Object *o = tuple_item(t, i);
    if (o) buf_obj(b, o, false);
    else ByteBuf_Puts(b, "?");
}

static const char *table_entry(const char *const *table, int n, int64_t i) {
    return i >= 0 && i < n ? table[i] : "?";
}

/* Writes the argrepr of in (possibly empty) into b. */
static void argrepr(ByteBuf *b, const Code *c, const Ins *in, const Labels *labels) {
    int op = in->op;
    int64_t arg = in->arg;
    unsigned f = Opcode_Flags[op];
    if (f & OPF_CONST) {
        Object *o = tuple_item(c->consts, arg);
        if (o) buf_obj(b, o, true);
        else ByteBuf_Puts(b, "?");
    } else if (f & OPF_NAME) {
        int64_t idx = arg;
        const char *suffix = NULL;
        if (op == OP_LOAD_GLOBAL) {
            idx = arg >> 1;
            if (arg & 1) suffix = " + NULL";
        } else if (op == OP_LOAD_ATTR) {
            idx = arg >> 1;
            if (arg & 1) suffix = " + NULL|self";
        } else if (op == OP_LOAD_SUPER_ATTR) {
            idx = arg >> 2;
            if (arg & 1) suffix = " + NULL|self";
        }
        size_t before = b->len;
        put_name(b, c->names, idx);
        if (suffix && b->len > before) ByteBuf_Puts(b, suffix);
    } else if (f & (OPF_JUMP_FWD | OPF_JUMP_BACK)) {
        ByteBuf_Printf(b, "%s L%d", op == OP_END_ASYNC_FOR ? "from" : "to",
                   label_of(labels, jump_target(in)));
    } else if (op == OP_LOAD_FAST_LOAD_FAST || op == OP_LOAD_FAST_BORROW_LOAD_FAST_BORROW ||
               op == OP_STORE_FAST_LOAD_FAST || op == OP_STORE_FAST_STORE_FAST) {
        put_name(b, c->localsplusnames, arg >> 4);
        ByteBuf_Puts(b, ", ");
        put_name(b, c->localsplusnames, arg & 15);
    } else if (f & (OPF_LOCAL | OPF_FREE)) {
        put_name(b, c->localsplusnames, arg);
    } else if (f & OPF_COMPARE) {
        const char *cmp = table_entry(Op_CompareOps, OP_NUM_COMPARE_OPS, arg >> 5);
        if (arg & 16) ByteBuf_Printf(b, "bool(%s)", cmp);
        else ByteBuf_Puts(b, cmp);
    } else if (op == OP_CONVERT_VALUE) {
        ByteBuf_Puts(b, table_entry(Op_ConvertNames, OP_NUM_CONVERSIONS, arg));
    } else if (op == OP_SET_FUNCTION_ATTRIBUTE) {
        bool first = true;
        for (int i = 0; i < OP_NUM_FUNCTION_ATTRS; i++) {
            if (!(arg & ((int64_t)1 << i))) continue;
            if (!first) ByteBuf_Puts(b, ", ");
            ByteBuf_Puts(b, Op_FunctionAttrNames[i]);
            first = false;
        }
    } else if (op == OP_BINARY_OP) {
        ByteBuf_Puts(b, table_entry(Op_BinaryOpSymbols, OP_NUM_BINARY_OPS, arg));
    } else if (op == OP_CALL_INTRINSIC_1) {
        ByteBuf_Puts(b, table_entry(Op_Intrinsic1Names, OP_NUM_INTRINSIC1, arg));
    } else if (op == OP_CALL_INTRINSIC_2) {
        ByteBuf_Puts(b, table_entry(Op_Intrinsic2Names, OP_NUM_INTRINSIC2, arg));
    } else if (op == OP_LOAD_COMMON_CONSTANT) {
        ByteBuf_Puts(b, table_entry(Op_CommonConstantNames, OP_NUM_COMMON_CONSTANTS, arg));
    } else if (op == OP_LOAD_SPECIAL) {
        ByteBuf_Puts(b, table_entry(Op_SpecialMethodNames, OP_NUM_SPECIAL_METHODS, arg));
    } else if (op == OP_IS_OP) {
        ByteBuf_Puts(b, arg ? "is not" : "is");
    } else if (op == OP_CONTAINS_OP) {
        ByteBuf_Puts(b, arg ? "not in" : "in");
    }
}

/* Decodes co_code like dis's _unpack_opargs; *out is malloc'd. */
static int decode(const Code *c, Ins **out) {
    Ins *ins = malloc(((size_t)c->ninstrs + 1) * sizeof(Ins));
    if (!ins) return -1;
    int n = 0, caches = 0;
    int64_t ext = 0;
    for (int i = 0; i < c->ninstrs; i++) {
        if (caches) {
            caches--;
            continue;
        }
        int op = c->instrs[i] & 0xff;
        Ins *in = &ins[n++];
        in->offset = 2 * i;
        in->op = op;
        caches = Opcode_Caches[op];
        if (Opcode_Flags[op] & OPF_ARG) {
            in->has_arg = true;
            in->arg = (c->instrs[i] >> 8) | ext;
            ext = op == OP_EXTENDED_ARG ? in->arg << 8 : 0;
            if (ext >= ((int64_t)1 << 31)) ext -= (int64_t)1 << 32;
        } else {
            in->has_arg = false;
            in->arg = 0;
            ext = 0;
        }
    }
    *out = ins;
    return n;
}

static int digits(long v) {
    char tmp[32];
    return snprintf(tmp, sizeof tmp, "%ld", v);
}

/* Line starts as dis.findlinestarts: offset (bytes) -> line (-1: None). */
typedef struct LineStarts { int *offset, *line; int n; } LineStarts;

static bool line_starts(const Code *c, LineStarts *ls) {
    int cap = 16;
    ls->offset = malloc((size_t)cap * sizeof(int));
    ls->line = malloc((size_t)cap * sizeof(int));
    ls->n = 0;
    if (!ls->offset || !ls->line) return false;
    CodeLineIter it;
    int start, end, line;
    bool have_last = false;
    int last = 0;
    Code_LinesInit(&it, c);
    while (Code_LinesNext(&it, &start, &end, &line)) {
        if (have_last && line == last) continue;
        have_last = true;
        last = line;
        if (ls->n == cap) {
            cap *= 2;
            int *no = realloc(ls->offset, (size_t)cap * sizeof(int));
            if (!no) return false;
            ls->offset = no;
            int *nl = realloc(ls->line, (size_t)cap * sizeof(int));
            if (!nl) return false;
            ls->line = nl;
        }
        ls->offset[ls->n] = start * 2;
        ls->line[ls->n] = line;
        ls->n++;
    }
    return true;
}

/* Offsets only grow, both in ls and in the instructions asking: *cursor
 * remembers how far the scan got. */
static bool line_start_at(const LineStarts *ls, int *cursor, int offset, int *line) {
    while (*cursor < ls->n && ls->offset[*cursor] < offset) (*cursor)++;
    if (*cursor < ls->n && ls->offset[*cursor] == offset) {
        *line = ls->line[*cursor];
        return true;
    }
    return false;
}

static void disassemble(ByteBuf *b, const Code *c) {
    Ins *ins = NULL;
    Labels labels = {NULL, 0, 0};
    LineStarts ls = {NULL, NULL, 0};
    CodeExcEntry *exc = NULL;
    int nexc = 0, exccap = 0;
    int n = decode(c, &ins);
    if (n < 0 || !line_starts(c, &ls)) goto oom;

    CodeExcIter eit;
    CodeExcEntry e;
    Code_ExcInit(&eit, c);
    while (Code_ExcNext(&eit, &e)) {
        if (nexc == exccap) {
            exccap = exccap ? 2 * exccap : 16;
            CodeExcEntry *ne = realloc(exc, (size_t)exccap * sizeof *ne);
            if (!ne) goto oom;
            exc = ne;
        }
        exc[nexc++] = e;
    }

    for (int i = 0; i < n; i++) {
        if (ins[i].has_arg && (Opcode_Flags[ins[i].op] & (OPF_JUMP_FWD | OPF_JUMP_BACK)))
            if (!labels_add(&labels, jump_target(&ins[i]))) goto oom;
    }
    for (int i = 0; i < nexc; i++)
        if (!labels_add(&labels, exc[i].start * 2) || !labels_add(&labels, exc[i].end * 2) ||
            !labels_add(&labels, exc[i].target * 2))
            goto oom;
    if (labels.n) qsort(labels.offsets, (size_t)labels.n, sizeof(int), cmp_int);

    /* Width of the line-number column (dis._get_lineno_width). */
    int lineno_width = 0;
    {
        long maxline = -1;
        bool has_none = false, any = false;
        for (int i = 0; i < ls.n; i++) {
            if (ls.line[i] == -1) {
                has_none = true;
                continue;
            }
            if (ls.line[i] == 0) continue;
            if (!any || ls.line[i] > maxline) maxline = ls.line[i];
            any = true;
        }
        if (any && maxline != -1) {
            lineno_width = digits(maxline) > 3 ? digits(maxline) : 3;
            if (lineno_width < 4 && has_none) lineno_width = 4;
        }
    }
    int label_width = 4 + digits(labels.n);

    ByteBuf arg = {0};
    int cursor = 0;
    for (int i = 0; i < n; i++) {
        Ins *in = &ins[i];
        int line = -1;
        bool starts_line = line_start_at(&ls, &cursor, in->offset, &line);
        if (lineno_width > 0 && starts_line && in->offset > 0) ByteBuf_Puts(b, "\n");
        size_t line_begin = b->len;
        if (lineno_width) {
            if (starts_line) {
                if (line == -1) ByteBuf_Printf(b, "%*s", lineno_width, "  --");
                else ByteBuf_Printf(b, "%*d", lineno_width, line);
            } else {
                ByteBuf_Printf(b, "%*s", lineno_width, "");
            }
            ByteBuf_Puts(b, " ");
        }
        int lbl = label_of(&labels, in->offset);
        if (lbl) {
            char tmp[32];
            snprintf(tmp, sizeof tmp, "L%d:", lbl);
            ByteBuf_Printf(b, "%*s", label_width, tmp);
        } else {
            ByteBuf_Printf(b, "%*s", label_width, "");
        }
        ByteBuf_Puts(b, "     ");
        const char *name = Opcode_Names[in->op];
        char unknown[16];
        if (!name) {
            snprintf(unknown, sizeof unknown, "<%d>", in->op);
            name = unknown;
        }
        int namelen = (int)strlen(name);
        ByteBuf_Printf(b, "%-20s", name);
        if (in->has_arg) {
            int excess = namelen > 20 ? namelen - 20 : 0;
            if (excess > 5) excess = 5; /* rjust never pads with a negative width */
            ByteBuf_Printf(b, " %*lld", 5 - excess, (long long)in->arg);
            ByteBuf_Reset(&arg);
            argrepr(&arg, c, in, &labels);
            if (arg.failed) {
                ByteBuf_Free(&arg);
                goto oom;
            }
            if (arg.len) {
                ByteBuf_Puts(b, " (");
                ByteBuf_Add(b, arg.data, arg.len);
                ByteBuf_Puts(b, ")");
            }
        }
        /* rstrip */
        while (b->len > line_begin && !b->failed &&
               (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\t'))
            b->data[--b->len] = '\0';
        ByteBuf_Puts(b, "\n");
    }
    ByteBuf_Free(&arg);

    if (nexc) {
        ByteBuf_Puts(b, "ExceptionTable:\n");
        for (int i = 0; i < nexc; i++)
            ByteBuf_Printf(b, "  L%d to L%d -> L%d [%d]%s\n", label_of(&labels, exc[i].start * 2),
                       label_of(&labels, exc[i].end * 2), label_of(&labels, exc[i].target * 2),
                       exc[i].depth, exc[i].lasti ? " lasti" : "");
    }
    goto done;
oom:
    b->failed = true;
done:
    free(ins);
    free(labels.offsets);
    free(ls.offset);
    free(ls.line);
    free(exc);
}

static void disassemble_recursive(ByteBuf *b, const Code *c, int depth) {
    disassemble(b, c);
    if (depth > 2100) return;
    for (ssize_t i = 0; i < TUPLE_LEN(c->consts) && !b->failed; i++) {
        Object *x = TUPLE_GET(c->consts, i);
        if (IS_SMALL(x) || TYPE(x) != &Code_Type) continue;
        ByteBuf_Puts(b, "\nDisassembly of ");
        buf_obj(b, x, true);
        ByteBuf_Puts(b, ":\n");
        disassemble_recursive(b, (const Code *)x, depth + 1);
    }
}

char *Dis_Format(Object *code) {
    if (!code || IS_SMALL(code) || TYPE(code) != &Code_Type) return NULL;
    ByteBuf b = {0};
    Object *saved = Err_Fetch();
    disassemble_recursive(&b, (const Code *)code, 0);
    if (Err_Occurred()) Err_Clear();
    if (saved) Err_Restore(saved);
    return ByteBuf_Steal(&b);
}
