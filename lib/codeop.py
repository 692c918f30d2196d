"""Compiling the lines an interactive prompt collects: compile_command()
tells a complete statement (compiled), an incomplete one (None: more lines
are needed) and an invalid one (SyntaxError) apart, as the REPL does.

    compile_command(source, filename='<input>', symbol='single', flags=0)

Compile and CommandCompiler do the same while remembering the __future__
statements compiled so far, for what is compiled next.
"""
import __future__
import warnings

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

# Compiler flags (CPython's values): no DEDENT is implied at the end of
# the text, and input that stops too early raises _IncompleteInputError.
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
PyCF_ONLY_AST = 0x400

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _only_comments(source):
    """Whether source is blank lines and comments only."""
    for line in source.split('\n'):
        line = line.strip()
        if line and not line.startswith('#'):
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol, flags=0):
    if symbol != 'eval' and _only_comments(source):
        source = 'pass'
    # Whether more lines could complete the text: it fails as it is, and
    # with one more newline it still fails as incomplete (or succeeds).
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol, flags=flags)
        except SyntaxError:
            try:
                compiler(source + '\n', filename, symbol, flags=flags)
                return None
            except _IncompleteInputError:
                return None
            except SyntaxError:
                pass
    # Compiled again for its result, or to raise its error with warnings on.
    return compiler(source, filename, symbol, incomplete_input=False, flags=flags)


def _compile(source, filename, symbol, incomplete_input=True, *, flags=0):
    if incomplete_input:
        flags |= PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT
    return compile(source, filename, symbol, flags)


def compile_command(source, filename='<input>', symbol='single', flags=0):
    """A code object for a complete statement (or expression, with symbol
    'eval'), None for one that needs more lines; raises SyntaxError,
    OverflowError or ValueError for source that cannot become valid."""
    return _maybe_compile(_compile, source, filename, symbol, flags)


class Compile:
    """Like compile(), remembering the __future__ features its results
    turned on for the next compilations."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, flags=0, **kwargs):
        flags |= self.flags
        if not kwargs.get('incomplete_input', True):
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        code = compile(source, filename, symbol, flags, True)
        if flags & PyCF_ONLY_AST:
            return code
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() with the memory of Compile."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _maybe_compile(self.compiler, source, filename, symbol, flags=self.compiler.flags)
