"""try/except/finally, try/except*, with and async with (see codegen.py for
the emit API).  Each construct pushes a frame block (push_fblock) whose
unwind_<kind> method emits what break/continue/return must do when they
leave it.

The shapes, as CPython 3.14 lays them out (handler depths in brackets):

  try: B except T as n: H else: E
      SETUP_FINALLY except; B; POP_BLOCK; E; JUMP end
    except: SETUP_CLEANUP cleanup; PUSH_EXC_INFO
      T; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
      STORE n; SETUP_CLEANUP cleanup_n; H; POP_BLOCK x2; POP_EXCEPT
      n = None; del n; JUMP end
    cleanup_n: n = None; del n; RERAISE 1
    next: ... RERAISE 0
    cleanup: COPY 3; POP_EXCEPT; RERAISE 1

  try: B finally: F
      SETUP_FINALLY end; B; POP_BLOCK; F; JUMP exit
    end: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; F; RERAISE 0
    cleanup: COPY 3; POP_EXCEPT; RERAISE 1

  with m as v: B
      m; COPY 1; LOAD_SPECIAL __exit__; SWAP 2; SWAP 3;
      LOAD_SPECIAL __enter__; CALL 0; SETUP_WITH final; STORE v; B
      POP_BLOCK; None, None, None; CALL 3; POP_TOP; JUMP exit
    final: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; WITH_EXCEPT_START
      TO_BOOL; POP_JUMP_IF_TRUE suppress; RERAISE 2
    suppress: POP_TOP; POP_BLOCK; POP_EXCEPT; POP_TOP x3; JUMP exit
"""
from _compiler.assembler import Instr
from _compiler.codegen_expr import loc_of as _loc

NO_LOC = (-1, -1, -1, -1)
SPECIAL_ENTER, SPECIAL_EXIT, SPECIAL_AENTER, SPECIAL_AEXIT = 0, 1, 2, 3
INTRINSIC_PREP_RERAISE_STAR = 1


def _kind(node):
    return type(node).__name__


class TryMixin:

    # -- try ---------------------------------------------------------------

    def c_Try(self, node):
        self.emit('NOP')            # the `try:` line
        if node.finalbody:
            self.warn_jumps_in_finally(node.finalbody)
            self.try_finally(node, self.try_except if node.handlers else None)
        else:
            self.try_except(node)

    def c_TryStar(self, node):
        self.emit('NOP')
        if node.finalbody:
            self.warn_jumps_in_finally(node.finalbody)
            self.try_finally(node, self.try_star_except)
        else:
            self.try_star_except(node)

    def warn_jumps_in_finally(self, body):
        """PEP 765: return, and break/continue leaving the finally block,
        draw a SyntaxWarning."""
        import warnings
        warned = self.__dict__.setdefault('finally_warned', set())

        def walk(stmts, in_loop):
            for s in stmts:
                k = _kind(s)
                if k in ('FunctionDef', 'AsyncFunctionDef'):
                    continue
                if k == 'Return' or (k in ('Break', 'Continue') and not in_loop):
                    if id(s) in warned:     # also inside an enclosing finally
                        continue
                    warned.add(id(s))
                    word = k.lower()
                    warnings.warn_explicit("'%s' in a 'finally' block" % word,
                                           SyntaxWarning, self.filename, s.lineno)
                    continue
                loop = in_loop or k in ('For', 'AsyncFor', 'While')
                for field in ('body', 'orelse', 'finalbody'):
                    sub = getattr(s, field, None)
                    if sub:
                        walk(sub, loop if field != 'orelse' or k not in (
                            'For', 'AsyncFor', 'While') else in_loop)
                for h in getattr(s, 'handlers', None) or ():
                    walk(h.body, in_loop)
                for case in getattr(s, 'cases', None) or ():
                    walk(case.body, in_loop)
        walk(body, False)

    def try_finally(self, node, inner):
        body = self.new_label()
        end = self.new_label()
        exit = self.new_label()
        cleanup = self.new_label()
        self.emit_jump('SETUP_FINALLY', end)
        self.place(body)
        self.push_fblock('finally_try', body, end, node.finalbody)
        if inner is not None:
            inner(node)
        else:
            self.visit_body(node.body)
        self.emit_prev('POP_BLOCK')
        self.pop_fblock('finally_try')
        self.visit_body(node.finalbody)
        self.emit_prev('JUMP_NO_INTERRUPT', exit)
        self.place(end)
        self.emit_jump('SETUP_CLEANUP', cleanup, NO_LOC)
        self.emit('PUSH_EXC_INFO', None, NO_LOC)
        self.push_fblock('finally_end', end)
        self.visit_body(node.finalbody)
        self.pop_fblock('finally_end')
        self.emit_prev('RERAISE', 0)
        self.place(cleanup)
        self.pop_except_and_reraise()
        self.place(exit)

    def pop_except_and_reraise(self):
        self.emit('COPY', 3, NO_LOC)
        self.emit('POP_EXCEPT', None, NO_LOC)
        self.emit('RERAISE', 1, NO_LOC)

    def emit_prev(self, op, arg=None):
        """An instruction at the location of the one before it."""
        self.u.instrs.append(Instr(op, arg, None))

    def clear_handler_name(self, name):
        saved = self.loc
        self.loc = None         # at the location of what comes before
        try:
            self.emit('LOAD_CONST', self.const_index(None))
            self.nameop(name, 'Store')
            self.nameop(name, 'Del')
        finally:
            self.loc = saved

    def protected_body(self, node, except_):
        """The body of a try statement, its exceptions going to except_."""
        body = self.new_label()
        self.emit_jump('SETUP_FINALLY', except_)
        self.place(body)
        self.push_fblock('try_except', body)
        self.visit_body(node.body)
        self.pop_fblock('try_except')
        self.emit_prev('POP_BLOCK')

    def handlers_entry(self, except_, cleanup, fblock):
        """Where the body's exceptions arrive (pushed, the previous one
        saved under them); cleanup handles what escapes the handlers."""
        self.place(except_)
        self.emit_jump('SETUP_CLEANUP', cleanup, NO_LOC)
        self.emit('PUSH_EXC_INFO', None, NO_LOC)
        self.push_fblock(fblock, None)

    def try_except(self, node):
        except_ = self.new_label()
        end = self.new_label()
        cleanup = self.new_label()
        self.protected_body(node, except_)
        if node.orelse:
            self.visit_body(node.orelse)
        self.emit_prev('JUMP_NO_INTERRUPT', end)
        self.handlers_entry(except_, cleanup, 'exception_handler')
        n = len(node.handlers)
        for i, handler in enumerate(node.handlers):
            hloc = _loc(handler)
            if handler.type is None and i < n - 1:
                raise self.error("default 'except:' must be last", handler)
            nxt = self.new_label()
            saved = self.loc
            self.loc = hloc
            if handler.type is not None:
                self.visit(handler.type)
                self.emit('CHECK_EXC_MATCH')
                self.emit_jump('POP_JUMP_IF_FALSE', nxt)
                self.emit('NOT_TAKEN')
            if handler.name:
                cleanup_end = self.new_label()
                cleanup_body = self.new_label()
                self.nameop(handler.name, 'Store')
                self.emit_jump('SETUP_CLEANUP', cleanup_end)
                self.place(cleanup_body)
                self.push_fblock('handler_cleanup', cleanup_body, None, handler.name)
                self.visit_body(handler.body)
                self.pop_fblock('handler_cleanup')
                self.emit_prev('POP_BLOCK')
                self.emit_prev('POP_BLOCK')
                self.emit_prev('POP_EXCEPT')
                self.clear_handler_name(handler.name)
                self.emit_prev('JUMP_NO_INTERRUPT', end)
                self.place(cleanup_end)
                self.emit('LOAD_CONST', self.const_index(None), NO_LOC)
                self.nameop(handler.name, 'Store', NO_LOC)
                self.nameop(handler.name, 'Del', NO_LOC)
                self.emit('RERAISE', 1, NO_LOC)
            else:
                cleanup_body = self.new_label()
                self.emit('POP_TOP')
                self.place(cleanup_body)
                self.push_fblock('handler_cleanup', cleanup_body, None, None)
                self.visit_body(handler.body)
                self.pop_fblock('handler_cleanup')
                self.emit_prev('POP_BLOCK')
                self.emit_prev('POP_EXCEPT')
                self.emit_prev('JUMP_NO_INTERRUPT', end)
            self.loc = saved
            self.place(nxt)
        self.pop_fblock('exception_handler')
        self.emit_prev('RERAISE', 0)
        self.place(cleanup)
        self.pop_except_and_reraise()
        self.place(end)

    def try_star_except(self, node):
        except_ = self.new_label()
        orelse = self.new_label()
        end = self.new_label()
        cleanup = self.new_label()
        reraise_star = self.new_label()
        self.protected_body(node, except_)
        self.emit_prev('JUMP_NO_INTERRUPT', orelse)
        self.handlers_entry(except_, cleanup, 'exception_group_handler')
        n = len(node.handlers)
        for i, handler in enumerate(node.handlers):
            saved = self.loc
            self.loc = _loc(handler)
            nxt = self.new_label()
            with_error = self.new_label()
            no_match = self.new_label()
            if i == 0:
                self.emit('BUILD_LIST', 0)
                self.emit('COPY', 2)
            if handler.type is not None:
                self.visit(handler.type)
                self.emit('CHECK_EG_MATCH')
                self.emit('COPY', 1)
                self.emit_jump('POP_JUMP_IF_NONE', no_match)
                self.emit('NOT_TAKEN')
            cleanup_end = self.new_label()
            cleanup_body = self.new_label()
            if handler.name:
                self.nameop(handler.name, 'Store')
            else:
                self.emit('POP_TOP')
            self.emit_jump('SETUP_CLEANUP', cleanup_end)
            self.place(cleanup_body)
            self.push_fblock('handler_cleanup', cleanup_body, None, handler.name)
            self.visit_body(handler.body)
            self.pop_fblock('handler_cleanup')
            self.emit_prev('POP_BLOCK')
            if handler.name:
                self.clear_handler_name(handler.name)
            self.emit_prev('JUMP', nxt)
            self.place(cleanup_end)
            if handler.name:
                self.emit('LOAD_CONST', self.const_index(None), NO_LOC)
                self.nameop(handler.name, 'Store', NO_LOC)
                self.nameop(handler.name, 'Del', NO_LOC)
            self.emit('LIST_APPEND', 3, NO_LOC)
            self.emit('POP_TOP', None, NO_LOC)
            self.emit_jump('JUMP_NO_INTERRUPT', with_error, NO_LOC)
            self.place(nxt)
            self.emit_prev('NOP')
            self.emit_jump('JUMP_NO_INTERRUPT', with_error, NO_LOC)
            self.place(no_match)
            self.emit('POP_TOP')
            self.place(with_error)
            if i == n - 1:
                self.emit('LIST_APPEND', 1, NO_LOC)
                self.emit_jump('JUMP', reraise_star, NO_LOC)
            self.loc = saved
        self.pop_fblock('exception_group_handler')
        reraise = self.new_label()
        self.place(reraise_star)
        self.emit_noloc('CALL_INTRINSIC_2', INTRINSIC_PREP_RERAISE_STAR)
        self.emit_noloc('COPY', 1)
        self.emit_noloc('POP_JUMP_IF_NOT_NONE', reraise)
        self.emit_noloc('NOT_TAKEN')
        self.emit_noloc('POP_TOP')
        self.emit_prev('POP_BLOCK')
        self.emit_noloc('POP_EXCEPT')
        self.emit_jump('JUMP', end, NO_LOC)
        self.place(reraise)
        self.emit_prev('POP_BLOCK')
        self.emit_noloc('SWAP', 2)
        self.emit_noloc('POP_EXCEPT')
        self.emit_noloc('RERAISE', 0)
        self.place(cleanup)
        self.pop_except_and_reraise()
        self.place(orelse)
        self.visit_body(node.orelse)
        self.place(end)

    # -- unwinding (break / continue / return through these blocks) -----------

    def unwind_try_except(self, fb, preserve_tos):
        self.emit('POP_BLOCK')

    def unwind_exception_handler(self, fb, preserve_tos):
        pass

    def unwind_exception_group_handler(self, fb, preserve_tos):
        if self.loc is None:
            self.loc = fb.loc
        raise self.error("'break', 'continue' and 'return' cannot appear in an except* block")

    def unwind_finally_try(self, fb, preserve_tos):
        self.emit('POP_BLOCK')
        if preserve_tos:
            self.push_fblock('pop_value', None)
        self.visit_body(fb.datum)
        if preserve_tos:
            self.pop_fblock('pop_value')
        # what the jump does next seems to happen after the finally block
        self.loc = None

    def unwind_finally_end(self, fb, preserve_tos):
        if preserve_tos:
            self.emit('SWAP', 2)
        self.emit('POP_TOP')
        if preserve_tos:
            self.emit('SWAP', 2)
        self.emit('POP_BLOCK')
        self.emit('POP_EXCEPT')

    def unwind_with(self, fb, preserve_tos):
        loc = fb.loc
        self.emit('POP_BLOCK', None, loc)
        if preserve_tos:
            self.emit('SWAP', 3, loc)
            self.emit('SWAP', 2, loc)
        self.call_exit_with_nones(loc)
        if fb.kind == 'async_with':
            self.emit('GET_AWAITABLE', 2, loc)
            self.load_const(None, loc)
            self.yield_from_loop(loc, True)
        self.emit('POP_TOP', None, loc)
        self.loc = None

    unwind_async_with = unwind_with

    def unwind_handler_cleanup(self, fb, preserve_tos):
        if fb.datum:
            self.emit('POP_BLOCK')
        if preserve_tos:
            self.emit('SWAP', 2)
        self.emit('POP_BLOCK')
        self.emit('POP_EXCEPT')
        if fb.datum:
            self.load_const(None)
            self.nameop(fb.datum, 'Store')
            self.nameop(fb.datum, 'Del')

    # -- with ----------------------------------------------------------------

    def call_exit_with_nones(self, loc):
        none = self.const_index(None)
        self.emit('LOAD_CONST', none, loc)
        self.emit('LOAD_CONST', none, loc)
        self.emit('LOAD_CONST', none, loc)
        self.emit('CALL', 3, loc)

    def c_With(self, node):
        self.with_item(node, 0, False)

    def c_AsyncWith(self, node):
        scope = self.u.scope
        if not scope.is_coroutine and not (self.flags & 0x2000 and scope.kind == 'module'):
            raise self.error("'async with' outside async function", node)
        self.with_item(node, 0, True)

    def with_item(self, node, pos, is_async):
        item = node.items[pos]
        loc = _loc(item.context_expr)
        block = self.new_label()
        final = self.new_label()
        exit = self.new_label()
        cleanup = self.new_label()
        self.loc = loc
        self.visit(item.context_expr)
        self.emit('COPY', 1)
        self.emit('LOAD_SPECIAL', SPECIAL_AEXIT if is_async else SPECIAL_EXIT)
        self.emit('SWAP', 2)
        self.emit('SWAP', 3)
        self.emit('LOAD_SPECIAL', SPECIAL_AENTER if is_async else SPECIAL_ENTER)
        self.emit('CALL', 0)
        if is_async:
            self.emit('GET_AWAITABLE', 1)
            self.load_const(None)
            self.yield_from_loop(loc, True)
        self.emit_jump('SETUP_WITH', final)
        self.place(block)
        kind = 'async_with' if is_async else 'with'
        self.push_fblock(kind, block, final, node)
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit('POP_TOP')
        if pos + 1 == len(node.items):
            self.visit_body(node.body)
        else:
            self.with_item(node, pos + 1, is_async)
        self.loc = loc
        self.emit_prev('POP_BLOCK')
        self.pop_fblock(kind)
        self.call_exit_with_nones(loc)
        if is_async:
            self.emit('GET_AWAITABLE', 2)
            self.load_const(None)
            self.yield_from_loop(loc, True)
        self.emit('POP_TOP')
        self.emit_prev('JUMP', exit)
        self.place(final)
        self.emit_jump('SETUP_CLEANUP', cleanup)
        self.emit('PUSH_EXC_INFO')
        self.emit('WITH_EXCEPT_START')
        if is_async:
            self.emit('GET_AWAITABLE', 2)
            self.load_const(None)
            self.yield_from_loop(loc, True)
        suppress = self.new_label()
        self.emit_prev('TO_BOOL')
        self.emit_prev('POP_JUMP_IF_TRUE', suppress)
        self.emit_prev('NOT_TAKEN')
        self.emit_prev('RERAISE', 2)
        self.place(suppress)
        self.emit_prev('POP_TOP')
        self.emit_prev('POP_BLOCK')
        self.emit_prev('POP_EXCEPT')
        self.emit_prev('POP_TOP')
        self.emit_prev('POP_TOP')
        self.emit_prev('POP_TOP')
        self.emit_prev('JUMP_NO_INTERRUPT', exit)
        self.place(cleanup)
        self.pop_except_and_reraise()
        self.place(exit)
