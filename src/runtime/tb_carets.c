/* Caret placement for traceback source lines, as CPython 3.13+ draws them.
 * CPython parses the failing instruction's source segment with `ast` to find
 * the operator of a binary operation or the brackets of a call/subscript; we
 * have no Python parser, so this file has a small tokenizer and an expression
 * recogniser that computes just the node kinds and positions needed. */
#include "objects/unicode_db.h"
#include "runtime/tb_internal.h"
#include <stdlib.h>
#include <string.h>

typedef struct Pos { int l, c; } Pos;

/* ---- tokenizer ----------------------------------------------------------- */

enum { T_END, T_NAME, T_NUMBER, T_STRING, T_OP, T_NEWLINE };

typedef struct Tok {
    int kind;
    Pos s, e;        /* e is exclusive */
    char op[4];
} Tok;

typedef struct Lexer {
    const TbLine *L;
    int n;
    int l, c;
    int depth;         /* open brackets */
    bool paren_mode;   /* everything sits inside one pair of parentheses */
    bool line_open;    /* the current logical line has tokens */
    bool error;
    Tok *toks;
    int ntok, cap;
} Lexer;

static uint32_t ch_at(const Lexer *x, int l, int c) {
    if (l >= x->n || c >= x->L[l].n || c < 0) return '\n';
    return x->L[l].p[c];
}
#define CUR(x) ch_at((x), (x)->l, (x)->c)

static bool is_name_start(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 128 && Uni_IsXidStart(c));
}
static bool is_name_char(uint32_t c) {
    return is_name_start(c) || (c >= '0' && c <= '9') || (c >= 128 && Uni_IsXidContinue(c));
}
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

static void push_tok(Lexer *x, int kind, Pos s, Pos e, const char *op) {
    if (x->ntok == x->cap) {
        int nc = x->cap ? x->cap * 2 : 64;
        Tok *t = realloc(x->toks, sizeof(Tok) * (size_t)nc);
        if (!t) { x->error = true; return; }
        x->toks = t;
        x->cap = nc;
    }
    Tok *t = &x->toks[x->ntok++];
    t->kind = kind;
    t->s = s;
    t->e = e;
    memset(t->op, 0, sizeof t->op);
    if (op) strncpy(t->op, op, 3);
}

static bool scan_string(Lexer *x, bool fmt);

/* After the '{' of an f-string replacement field: skips to its closing '}'. */
static bool scan_fstring_field(Lexer *x, uint32_t quote, bool triple, int nest) {
    if (nest > 50) return false;
    int depth = 0;
    bool spec = false;
    for (;;) {
        if (x->l >= x->n) return false;
        if (x->c >= x->L[x->l].n) {
            if (spec && !triple) return false;
            x->l++;
            x->c = 0;
            continue;
        }
        uint32_t ch = CUR(x);
        if (spec) {
            if (ch == '{') {
                x->c++;
                if (!scan_fstring_field(x, quote, triple, nest + 1)) return false;
                continue;
            }
            if (ch == '}') { x->c++; return true; }
            if (ch == quote && !triple) return false;
            x->c++;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (!scan_string(x, false)) return false;
            continue;
        }
        if (is_name_start(ch)) {
            int c0 = x->c;
            while (is_name_char(CUR(x))) x->c++;
            uint32_t q = CUR(x);
            if (q == '\'' || q == '"') {
                bool f = false;
                for (int k = c0; k < x->c; k++) {
                    uint32_t p = x->L[x->l].p[k] | 0x20;
                    if (p == 'f' || p == 't') f = true;
                }
                if (x->c - c0 <= 2 && !scan_string(x, f)) return false;
            }
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{') depth++;
        else if (ch == ')' || ch == ']') depth--;
        else if (ch == '}') {
            if (depth == 0) { x->c++; return true; }
            depth--;
        } else if (ch == ':' && depth == 0) {
            spec = true;
        }
        x->c++;
    }
}

/* At an opening quote: skips the whole literal (triple-quoted ones may span
 * lines; f-/t-strings may nest other strings in their fields). */
static bool scan_string(Lexer *x, bool fmt) {
    uint32_t q = CUR(x);
    bool triple = ch_at(x, x->l, x->c + 1) == q && ch_at(x, x->l, x->c + 2) == q;
    x->c += triple ? 3 : 1;
    for (;;) {
        if (x->l >= x->n) return false;
        if (x->c >= x->L[x->l].n) {
            if (!triple) return false;
            x->l++;
            x->c = 0;
            continue;
        }
        uint32_t ch = CUR(x);
        if (ch == '\\') {
            if (x->c + 1 >= x->L[x->l].n) {   /* backslash-newline inside the literal */
                x->l++;
                x->c = 0;
            } else {
                x->c += 2;
            }
            continue;
        }
        if (ch == q) {
            if (!triple) { x->c++; return true; }
            if (ch_at(x, x->l, x->c + 1) == q && ch_at(x, x->l, x->c + 2) == q) {
                x->c += 3;
                return true;
            }
            x->c++;
            continue;
        }
        if (fmt && ch == '{') {
            if (ch_at(x, x->l, x->c + 1) == '{') { x->c += 2; continue; }
            x->c++;
            if (!scan_fstring_field(x, q, triple, 0)) return false;
            continue;
        }
        x->c++;
    }
}

static const char *const ops3[] = {"**=", "//=", ">>=", "<<=", "...", NULL};
static const char *const ops2[] = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=",
                                   "*=", "/=", "%=", "&=", "|=", "^=", "@=", NULL};
static const char ops1[] = "+-*/%@&|^~<>()[]{},:.;=";

static bool op_matches(const Lexer *x, const char *op) {
    for (int k = 0; op[k]; k++)
        if (ch_at(x, x->l, x->c + k) != (uint32_t)(unsigned char)op[k]) return false;
    return true;
}

static void tokenize(Lexer *x) {
    while (!x->error) {
        if (x->l >= x->n) {
            if (!x->paren_mode && x->line_open) push_tok(x, T_NEWLINE, (Pos){x->l, 0}, (Pos){x->l, 0}, NULL);
            if (x->depth != 0) x->error = true;
            push_tok(x, T_END, (Pos){x->l, 0}, (Pos){x->l, 0}, NULL);
            return;
        }
        const TbLine *ln = &x->L[x->l];
        if (x->c >= ln->n) {
            if (!x->paren_mode && x->depth == 0 && x->line_open) {
                push_tok(x, T_NEWLINE, (Pos){x->l, x->c}, (Pos){x->l, x->c + 1}, NULL);
                x->line_open = false;
            }
            x->l++;
            x->c = 0;
            continue;
        }
        uint32_t ch = CUR(x);
        if (ch == ' ' || ch == '\t' || ch == '\f') { x->c++; continue; }
        if (ch == '#') { x->c = ln->n; continue; }
        if (ch == '\\') {
            if (x->c + 1 != ln->n) { x->error = true; return; }
            x->l++;
            x->c = 0;
            continue;
        }
        /* a new logical line must not be indented (the lines are dedented) */
        if (!x->paren_mode && !x->line_open && x->depth == 0 && x->c > 0) {
            bool only_ws = true;
            for (int k = 0; k < x->c; k++)
                if (ln->p[k] != ' ' && ln->p[k] != '\t' && ln->p[k] != '\f') only_ws = false;
            if (only_ws) { x->error = true; return; }
        }
        x->line_open = true;
        Pos s = {x->l, x->c};
        if (is_name_start(ch)) {
            while (is_name_char(CUR(x))) x->c++;
            uint32_t q = CUR(x);
            int len = x->c - s.c;
            if ((q == '\'' || q == '"') && len <= 2) {
                bool ok = true, f = false;
                for (int k = s.c; k < x->c; k++) {
                    uint32_t p = ln->p[k] | 0x20;
                    if (p == 'f' || p == 't') f = true;
                    else if (p != 'r' && p != 'b' && p != 'u') ok = false;
                }
                if (ok) {
                    if (!scan_string(x, f)) { x->error = true; return; }
                    push_tok(x, T_STRING, s, (Pos){x->l, x->c}, NULL);
                    continue;
                }
            }
            push_tok(x, T_NAME, s, (Pos){x->l, x->c}, NULL);
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (!scan_string(x, false)) { x->error = true; return; }
            push_tok(x, T_STRING, s, (Pos){x->l, x->c}, NULL);
            continue;
        }
        if (is_digit(ch) || (ch == '.' && is_digit(ch_at(x, x->l, x->c + 1)))) {
            uint32_t n1 = ch_at(x, x->l, x->c + 1) | 0x20;
            if (ch == '0' && (n1 == 'x' || n1 == 'o' || n1 == 'b')) {
                x->c += 2;
                while (is_name_char(CUR(x))) x->c++;
            } else {
                while (is_digit(CUR(x)) || CUR(x) == '_' || CUR(x) == '.') x->c++;
                if ((CUR(x) | 0x20) == 'e') {
                    int save = x->c;
                    x->c++;
                    if (CUR(x) == '+' || CUR(x) == '-') x->c++;
                    if (!is_digit(CUR(x))) x->c = save;
                    else while (is_digit(CUR(x)) || CUR(x) == '_') x->c++;
                }
                if ((CUR(x) | 0x20) == 'j') x->c++;
            }
            push_tok(x, T_NUMBER, s, (Pos){x->l, x->c}, NULL);
            continue;
        }
        const char *op = NULL;
        for (int k = 0; ops3[k] && !op; k++) if (op_matches(x, ops3[k])) op = ops3[k];
        for (int k = 0; ops2[k] && !op; k++) if (op_matches(x, ops2[k])) op = ops2[k];
        char one[2] = {0, 0};
        if (!op && ch < 128 && ch && strchr(ops1, (int)ch)) {
            one[0] = (char)ch;
            op = one;
        }
        if (!op) { x->error = true; return; }
        if (op[1] == 0 && strchr("([{", op[0])) x->depth++;
        if (op[1] == 0 && strchr(")]}", op[0]) && --x->depth < 0) { x->error = true; return; }
        x->c += (int)strlen(op);
        push_tok(x, T_OP, s, (Pos){x->l, x->c}, op);
    }
}

/* ---- expression recogniser ------------------------------------------------ */

enum { K_OTHER, K_NAME, K_BINOP, K_CALL, K_SUBSCRIPT, K_STARRED };

typedef struct Node {
    int kind;
    Pos s, e;            /* as ast: parentheses around an expression are not part of it */
    Pos os, oe;          /* the extent including such parentheses (what a parent spans) */
    Pos left_end;        /* BINOP: end of the left operand; CALL/SUBSCRIPT: end of func/value */
    Pos right_start;     /* BINOP: start of the right operand */
    bool func_is_name;   /* CALL: the callee is a plain name */
} Node;

typedef struct Parser {
    const Lexer *x;
    const Tok *t;
    int i, n;
    int depth;
    bool err;
} Parser;

static const Tok *peek(Parser *p) { return &p->t[p->i < p->n ? p->i : p->n - 1]; }
static const Tok *peek2(Parser *p) { return &p->t[p->i + 1 < p->n ? p->i + 1 : p->n - 1]; }

static bool tok_is_op(const Tok *t, const char *op) { return t->kind == T_OP && strcmp(t->op, op) == 0; }

static bool tok_is_word(const Parser *p, const Tok *t, const char *w) {
    if (t->kind != T_NAME || t->s.l != t->e.l) return false;
    int len = t->e.c - t->s.c;
    if ((int)strlen(w) != len) return false;
    const uint32_t *s = p->x->L[t->s.l].p + t->s.c;
    for (int k = 0; k < len; k++) if (s[k] != (uint32_t)(unsigned char)w[k]) return false;
    return true;
}

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", NULL};

static bool tok_is_keyword(const Parser *p, const Tok *t) {
    for (int k = 0; keywords[k]; k++) if (tok_is_word(p, t, keywords[k])) return true;
    return false;
}

static bool accept_op(Parser *p, const char *op) {
    if (tok_is_op(peek(p), op)) { p->i++; return true; }
    return false;
}
static bool accept_word(Parser *p, const char *w) {
    if (tok_is_word(p, peek(p), w)) { p->i++; return true; }
    return false;
}
static void expect_op(Parser *p, const char *op) { if (!accept_op(p, op)) p->err = true; }

static Node fail(Parser *p) {
    p->err = true;
    Node n = {0};
    return n;
}

static Node other(Pos s, Pos e) {
    Node n = {K_OTHER, s, e, s, e, {0, 0}, {0, 0}, false};
    return n;
}

static Node expression(Parser *p);
static Node named_expression(Parser *p);
static Node star_named_expression(Parser *p);
static Node bitor_expr(Parser *p);
static Node disjunction(Parser *p);
static Node primary(Parser *p);

static bool at_comprehension(Parser *p) {
    return tok_is_word(p, peek(p), "for") || (tok_is_word(p, peek(p), "async") && tok_is_word(p, peek2(p), "for"));
}

/* for_if_clauses */
static void comprehension(Parser *p) {
    while (!p->err && at_comprehension(p)) {
        accept_word(p, "async");
        accept_word(p, "for");
        do {
            if (accept_op(p, "*")) bitor_expr(p);
            else bitor_expr(p);
        } while (!p->err && accept_op(p, ",") && !tok_is_word(p, peek(p), "in"));
        if (!accept_word(p, "in")) { p->err = true; return; }
        disjunction(p);
        while (!p->err && accept_word(p, "if")) disjunction(p);
    }
}

static Node yield_expr(Parser *p, Pos s) {
    Pos e = p->t[p->i - 1].e;
    if (accept_word(p, "from")) return other(s, expression(p).oe);
    const Tok *t = peek(p);
    if (t->kind == T_END || t->kind == T_NEWLINE || tok_is_op(t, ")") || tok_is_op(t, ";") || tok_is_op(t, "="))
        return other(s, e);
    Node n = star_named_expression(p);
    e = n.oe;
    while (!p->err && accept_op(p, ",")) {
        t = peek(p);
        if (t->kind == T_END || t->kind == T_NEWLINE || tok_is_op(t, ")")) break;
        e = star_named_expression(p).oe;
    }
    return other(s, e);
}

/* Comma-separated items up to the closing bracket `close`; returns whether a
 * comma was seen. */
static bool item_list(Parser *p, const char *close, bool dict) {
    bool comma = false;
    while (!p->err && !tok_is_op(peek(p), close)) {
        if (dict && accept_op(p, "**")) {
            bitor_expr(p);
        } else {
            star_named_expression(p);
            if (dict && accept_op(p, ":")) expression(p);
        }
        if (!accept_op(p, ",")) break;
        comma = true;
    }
    return comma;
}

static Node atom(Parser *p) {
    const Tok *t = peek(p);
    if (t->kind == T_NAME) {
        if (tok_is_word(p, t, "None") || tok_is_word(p, t, "True") || tok_is_word(p, t, "False")) {
            p->i++;
            return other(t->s, t->e);
        }
        if (tok_is_keyword(p, t)) return fail(p);
        p->i++;
        Node n = other(t->s, t->e);
        n.kind = K_NAME;
        return n;
    }
    if (t->kind == T_NUMBER) { p->i++; return other(t->s, t->e); }
    if (t->kind == T_STRING) {
        Pos s = t->s, e = t->e;
        while (peek(p)->kind == T_STRING) e = p->t[p->i++].e;
        return other(s, e);
    }
    if (tok_is_op(t, "...")) { p->i++; return other(t->s, t->e); }
    if (tok_is_op(t, "(")) {
        p->i++;
        Pos s = t->s;
        if (tok_is_op(peek(p), ")")) return other(s, p->t[p->i++].e);
        if (accept_word(p, "yield")) {
            yield_expr(p, p->t[p->i - 1].s);
            const Tok *c = peek(p);
            expect_op(p, ")");
            return other(s, c->e);
        }
        Node first = star_named_expression(p);
        if (at_comprehension(p)) {
            comprehension(p);
            const Tok *c = peek(p);
            expect_op(p, ")");
            return other(s, c->e);
        }
        if (accept_op(p, ",")) {
            item_list(p, ")", false);
            const Tok *c = peek(p);
            expect_op(p, ")");
            return other(s, c->e);
        }
        const Tok *close = peek(p);
        expect_op(p, ")");
        if (first.kind == K_STARRED) return fail(p);
        first.os = s;   /* the node keeps its own position; its parent spans the parentheses */
        first.oe = close->e;
        return first;
    }
    if (tok_is_op(t, "[")) {
        p->i++;
        if (!tok_is_op(peek(p), "]")) {
            star_named_expression(p);
            if (at_comprehension(p)) comprehension(p);
            else if (accept_op(p, ",")) item_list(p, "]", false);
        }
        const Tok *c = peek(p);
        expect_op(p, "]");
        return other(t->s, c->e);
    }
    if (tok_is_op(t, "{")) {
        p->i++;
        if (!tok_is_op(peek(p), "}")) {
            if (accept_op(p, "**")) {
                bitor_expr(p);
            } else {
                star_named_expression(p);
                if (accept_op(p, ":")) expression(p);
            }
            if (at_comprehension(p)) comprehension(p);
            else if (accept_op(p, ",")) item_list(p, "}", true);
        }
        const Tok *c = peek(p);
        expect_op(p, "}");
        return other(t->s, c->e);
    }
    return fail(p);
}

/* Call arguments after '(' up to and including ')'. */
static void call_args(Parser *p) {
    bool first = true;
    while (!p->err && !tok_is_op(peek(p), ")")) {
        if (accept_op(p, "*") || accept_op(p, "**")) {
            expression(p);
        } else if (peek(p)->kind == T_NAME && tok_is_op(peek2(p), "=")) {
            p->i += 2;
            expression(p);
        } else {
            named_expression(p);
            if (first && at_comprehension(p)) comprehension(p);
        }
        first = false;
        if (!accept_op(p, ",")) break;
    }
    expect_op(p, ")");
}

static void slices(Parser *p) {
    do {
        if (tok_is_op(peek(p), "]")) break;
        if (accept_op(p, "*")) { bitor_expr(p); continue; }
        if (!tok_is_op(peek(p), ":")) named_expression(p);
        if (accept_op(p, ":")) {
            const Tok *t = peek(p);
            if (!tok_is_op(t, ":") && !tok_is_op(t, ",") && !tok_is_op(t, "]")) expression(p);
            if (accept_op(p, ":")) {
                t = peek(p);
                if (!tok_is_op(t, ",") && !tok_is_op(t, "]")) expression(p);
            }
        }
    } while (!p->err && accept_op(p, ","));
    expect_op(p, "]");
}

static Node primary(Parser *p) {
    if (++p->depth > 200) return fail(p);
    Node n = atom(p);
    while (!p->err) {
        const Tok *t = peek(p);
        if (tok_is_op(t, ".")) {
            p->i++;
            const Tok *name = peek(p);
            if (name->kind != T_NAME) { fail(p); break; }
            p->i++;
            n = other(n.os, name->e);
        } else if (tok_is_op(t, "(")) {
            p->i++;
            Node call = other(n.os, n.oe);
            call.kind = K_CALL;
            call.left_end = n.e;
            call.func_is_name = n.kind == K_NAME;
            call_args(p);
            call.e = call.oe = p->t[p->i - 1].e;
            n = call;
        } else if (tok_is_op(t, "[")) {
            p->i++;
            Node sub = other(n.os, n.oe);
            sub.kind = K_SUBSCRIPT;
            sub.left_end = n.e;
            slices(p);
            sub.e = sub.oe = p->t[p->i - 1].e;
            n = sub;
        } else {
            break;
        }
    }
    p->depth--;
    return n;
}

static Node binop(Node left, Node right) {
    Node n = other(left.os, right.oe);
    n.kind = K_BINOP;
    n.left_end = left.e;
    n.right_start = right.s;
    return n;
}

static Node factor(Parser *p);

static Node power(Parser *p) {
    Node n;
    const Tok *t = peek(p);
    if (tok_is_word(p, t, "await")) {
        p->i++;
        Node inner = primary(p);
        n = other(t->s, inner.oe);
    } else {
        n = primary(p);
    }
    if (!p->err && accept_op(p, "**")) n = binop(n, factor(p));
    return n;
}

static Node factor(Parser *p) {
    const Tok *t = peek(p);
    if (tok_is_op(t, "+") || tok_is_op(t, "-") || tok_is_op(t, "~")) {
        p->i++;
        if (++p->depth > 200) return fail(p);
        Node inner = factor(p);
        p->depth--;
        return other(t->s, inner.oe);
    }
    return power(p);
}

static const char *const level_ops[][6] = {
    {"|", NULL}, {"^", NULL}, {"&", NULL}, {"<<", ">>", NULL},
    {"+", "-", NULL}, {"*", "/", "//", "%", "@", NULL},
};

static Node binary_level(Parser *p, int level) {
    if (level == 6) return factor(p);
    Node n = binary_level(p, level + 1);
    while (!p->err) {
        const Tok *t = peek(p);
        bool match = false;
        for (int k = 0; level_ops[level][k]; k++) if (tok_is_op(t, level_ops[level][k])) match = true;
        if (!match) break;
        p->i++;
        n = binop(n, binary_level(p, level + 1));
    }
    return n;
}

static Node bitor_expr(Parser *p) { return binary_level(p, 0); }

static bool accept_compare_op(Parser *p) {
    const Tok *t = peek(p);
    static const char *const ops[] = {"<", ">", "==", ">=", "<=", "!=", NULL};
    for (int k = 0; ops[k]; k++) if (tok_is_op(t, ops[k])) { p->i++; return true; }
    if (tok_is_word(p, t, "in")) { p->i++; return true; }
    if (tok_is_word(p, t, "not") && tok_is_word(p, peek2(p), "in")) { p->i += 2; return true; }
    if (tok_is_word(p, t, "is")) {
        p->i++;
        accept_word(p, "not");
        return true;
    }
    return false;
}

static Node comparison(Parser *p) {
    Node n = bitor_expr(p);
    while (!p->err && accept_compare_op(p)) n = other(n.os, bitor_expr(p).oe);
    return n;
}

static Node inversion(Parser *p) {
    const Tok *t = peek(p);
    if (tok_is_word(p, t, "not")) {
        p->i++;
        if (++p->depth > 200) return fail(p);
        Node inner = inversion(p);
        p->depth--;
        return other(t->s, inner.oe);
    }
    return comparison(p);
}

static Node conjunction(Parser *p) {
    Node n = inversion(p);
    while (!p->err && accept_word(p, "and")) n = other(n.os, inversion(p).oe);
    return n;
}

static Node disjunction(Parser *p) {
    Node n = conjunction(p);
    while (!p->err && accept_word(p, "or")) n = other(n.os, conjunction(p).oe);
    return n;
}

static Node expression(Parser *p) {
    const Tok *t = peek(p);
    if (tok_is_word(p, t, "lambda")) {
        p->i++;
        int depth = 0;
        while (!p->err) {
            const Tok *u = peek(p);
            if (u->kind == T_END || u->kind == T_NEWLINE) return fail(p);
            if (u->kind == T_OP && u->op[1] == 0 && strchr("([{", u->op[0])) depth++;
            if (u->kind == T_OP && u->op[1] == 0 && strchr(")]}", u->op[0])) depth--;
            p->i++;
            if (depth == 0 && tok_is_op(u, ":")) break;
        }
        return other(t->s, expression(p).oe);
    }
    Node n = disjunction(p);
    if (!p->err && accept_word(p, "if")) {
        disjunction(p);
        if (!accept_word(p, "else")) return fail(p);
        n = other(n.os, expression(p).oe);
    }
    return n;
}

static Node named_expression(Parser *p) {
    if (peek(p)->kind == T_NAME && tok_is_op(peek2(p), ":=")) {
        Pos s = peek(p)->s;
        p->i += 2;
        return other(s, expression(p).oe);
    }
    return expression(p);
}

static Node star_named_expression(Parser *p) {
    const Tok *t = peek(p);
    if (tok_is_op(t, "*")) {
        p->i++;
        Node n = other(t->s, bitor_expr(p).oe);
        n.kind = K_STARRED;
        return n;
    }
    return named_expression(p);
}

/* ---- anchors ------------------------------------------------------------------ */

typedef struct Seg { const TbLine *L; int n; } Seg;

/* Moves (l, c) to the next position holding a character; false past the end. */
static bool next_valid(const Seg *s, int *l, int *c) {
    while (*l < s->n && *c >= s->L[*l].n) {
        *c = 0;
        (*l)++;
    }
    return *l < s->n;
}

/* Scans forward to the first character satisfying stop(); a backslash or '#'
 * skips to the next line. */
static bool scan_until(const Seg *s, int *l, int *c, int mode) {
    for (;;) {
        uint32_t ch = s->L[*l].p[*c];
        if (ch == '\\' || ch == '#') {
            *c = 0;
            (*l)++;
            if (!next_valid(s, l, c)) return false;
            continue;
        }
        bool stop = mode == 0 ? (!Uni_IsSpace(ch) && ch != ')') : mode == 1 ? ch == '[' : ch == '(';
        if (stop) return true;
        (*c)++;
        if (!next_valid(s, l, c)) return false;
    }
}

bool Tb_FindAnchors(const TbLine *seg, int nseg, TbAnchors *a) {
    Lexer x = {.L = seg, .n = nseg, .paren_mode = true};
    tokenize(&x);
    bool ok = false;
    if (x.error) goto done;
    Parser p = {.x = &x, .t = x.toks, .n = x.ntok};
    Node n;
    if (peek(&p)->kind == T_END) goto done;
    if (accept_word(&p, "yield")) {
        n = yield_expr(&p, p.t[0].s);
    } else {
        n = star_named_expression(&p);
        if (!p.err && at_comprehension(&p)) {
            comprehension(&p);
            n.kind = K_OTHER;
        } else if (!p.err && accept_op(&p, ",")) {
            while (!p.err && peek(&p)->kind != T_END) {
                star_named_expression(&p);
                if (!accept_op(&p, ",")) break;
            }
            n.kind = K_OTHER;
        } else if (n.kind == K_STARRED) {
            p.err = true;
        }
    }
    if (p.err || peek(&p)->kind != T_END) goto done;
    Seg s = {seg, nseg};
    int l = n.left_end.l, c = n.left_end.c;
    switch (n.kind) {
    case K_BINOP: {
        if (!next_valid(&s, &l, &c) || !scan_until(&s, &l, &c, 0)) goto done;
        int right = c + 1;
        if (right < seg[l].n && (n.right_start.l > l || right < n.right_start.c)) {
            uint32_t ch = seg[l].p[right];
            if (!Uni_IsSpace(ch) && ch != '\\' && ch != '#') right++;
        }
        *a = (TbAnchors){l, c, l, right};
        ok = true;
        break;
    }
    case K_SUBSCRIPT:
    case K_CALL:
        if (!next_valid(&s, &l, &c) || !scan_until(&s, &l, &c, n.kind == K_SUBSCRIPT ? 1 : 2)) goto done;
        *a = (TbAnchors){l, c, n.e.l, n.e.c};
        ok = true;
        break;
    default:
        break;
    }
done:
    free(x.toks);
    return ok;
}

/* ---- "return f(...)" / "x = f(...)" ------------------------------------------- */

static int byte_col(const TbLine *l, int c) {
    int b = 0;
    for (int k = 0; k < c && k < l->n; k++) {
        uint32_t ch = l->p[k];
        b += ch < 0x80 ? 1 : ch < 0x800 ? 2 : ch < 0x10000 ? 3 : 4;
    }
    return b;
}

bool Tb_CallSpansStatement(const TbLine *lines, int n, int start_offset, int end_offset) {
    Lexer x = {.L = lines, .n = n};
    tokenize(&x);
    bool res = false;
    if (x.error) goto done;
    Parser p = {.x = &x, .t = x.toks, .n = x.ntok};
    const Tok *t = peek(&p);
    bool is_return = tok_is_word(&p, t, "return");
    if (is_return) {
        p.i++;
    } else if (t->kind == T_NAME && !tok_is_keyword(&p, t) && tok_is_op(peek2(&p), "=")) {
        p.i += 2;
    } else {
        goto done;
    }
    if (tok_is_word(&p, peek(&p), "yield")) goto done;
    Node v = star_named_expression(&p);
    if (p.err) goto done;
    if (tok_is_op(peek(&p), ",") || tok_is_op(peek(&p), "=")) goto done;
    t = peek(&p);
    if (t->kind != T_NEWLINE && t->kind != T_END && !tok_is_op(t, ";")) goto done;
    if (v.kind != K_CALL || (is_return && !v.func_is_name)) goto done;
    if (v.s.l != 0 || v.e.l != n - 1) goto done;
    res = byte_col(&lines[0], v.s.c) == start_offset && byte_col(&lines[n - 1], v.e.c) == end_offset;
done:
    free(x.toks);
    return res;
}

/* ---- display width -------------------------------------------------------------- */

/* Code points whose East Asian Width is W or F (Unicode 16.0, from the
 * oracle's unicodedata). */
static const uint32_t wide_ranges[][2] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
    {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2630, 0x2637}, {0x2648, 0x2653},
    {0x267F, 0x267F}, {0x268A, 0x268F}, {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB},
    {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA},
    {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705},
    {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755},
    {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50}, {0x2B55, 0x2B55}, {0x2E80, 0x2E99}, {0x2E9B, 0x2EF3}, {0x2F00, 0x2FD5},
    {0x2FF0, 0x303E}, {0x3041, 0x3096}, {0x3099, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E},
    {0x3190, 0x31E5}, {0x31EF, 0x321E}, {0x3220, 0x3247}, {0x3250, 0xA48C}, {0xA490, 0xA4C6},
    {0xA960, 0xA97C}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE52},
    {0xFE54, 0xFE66}, {0xFE68, 0xFE6B}, {0xFF01, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4},
    {0x16FF0, 0x16FF1}, {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18CFF, 0x18D08}, {0x1AFF0,
    0x1AFF3}, {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B132, 0x1B132},
    {0x1B150, 0x1B152}, {0x1B155, 0x1B155}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1D300,
    0x1D356}, {0x1D360, 0x1D376}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250,
    0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C},
    {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4,
    0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D},
    {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4,
    0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0,
    0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
    {0x1FA70, 0x1FA7C}, {0x1FA80, 0x1FA89}, {0x1FA8F, 0x1FAC6}, {0x1FACE, 0x1FADC}, {0x1FADF,
    0x1FAE9}, {0x1FAF0, 0x1FAF8}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}
};

static bool is_wide(uint32_t c) {
    size_t lo = 0, hi = sizeof wide_ranges / sizeof wide_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < wide_ranges[mid][0]) hi = mid;
        else if (c > wide_ranges[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

int Tb_DisplayWidth(const TbLine *l, int offset) {
    bool ascii = true;
    for (int k = 0; k < l->n && ascii; k++) ascii = l->p[k] < 128;
    if (ascii) return offset;
    if (offset > l->n) offset = l->n;
    int w = 0;
    for (int k = 0; k < offset; k++) w += is_wide(l->p[k]) ? 2 : 1;
    return w;
}
