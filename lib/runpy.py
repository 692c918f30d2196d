"""Running modules and files as scripts: `cipy -m`, run_module(), run_path().

cipy's own.  Tracebacks show the frames of this module as "<frozen runpy>"
with a line number, as CPython shows those of its frozen runpy: the calls
that lead into the program's code sit on the same lines as there (the
blank stretches between functions keep them there), so the tracebacks of
`cipy -m` and of run_module()/run_path() read the same.
"""

import _imp
import sys

__all__ = ["run_module", "run_path"]

_module_type = type(sys)


class _TempModule:
    """sys.modules[mod_name] is a new empty module while the block runs."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = _module_type(mod_name)
        self._saved_module = []

    def __enter__(self):
        mod_name = self.mod_name
        try:
            self._saved_module.append(sys.modules[mod_name])
        except KeyError:
            pass
        sys.modules[mod_name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []


class _ModifiedArgv0:
    def __init__(self, value):
        self.value = value
        self._saved_value = self._sentinel = object()

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved_value













def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
              script_name=None):
    """Runs code in the dict run_globals, given the attributes of the module
    it runs as; returns run_globals."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None, __loader__=loader,
                       __package__=pkg_name, __spec__=mod_spec)
    _imp._run_code(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None, script_name=None):
    """Runs code as module mod_name, a temporary module in sys.modules, with
    sys.argv[0] its file; returns a copy of its globals."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    # the temporary module's globals may be cleared when it goes
    return mod_globals.copy()





def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        # the parent first: an error while it runs must not pass for a
        # missing module
        try:
            __import__(pkg_name)
        except ImportError as e:
            # a missing parent (or its parent) is reported by find_spec below
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
    import importlib.util
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        # whatever went wrong while looking becomes the error given
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            pkg_main_name = mod_name + ".__main__"
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot " + "be directly executed") % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """A failure _run_module_as_main reports in one line, with no traceback."""






























def _run_module_as_main(mod_name, alter_argv=True):
    """Runs module mod_name in the namespace of __main__ (`cipy -m`; with
    alter_argv false, the __main__ of a directory or zip archive given as
    the script).  Its __name__, __file__, __cached__, __loader__,
    __package__ and __spec__ are set there; sys.argv[0] becomes its file.
    A module that cannot be found ends the program with a one-line message.
    """
    try:
        if alter_argv or mod_name != "__main__":  # cipy -m NAME
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:  # a directory or zip archive
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        msg = "%s: %s" % (sys.executable, exc)
        sys.exit(msg)
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)














def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs the code of module mod_name (of a package: its __main__
    submodule) without importing it, and returns its globals.

    init_globals: a dict the globals start from.
    run_name: the module's __name__ (by default mod_name, or the package's
    __main__ submodule's name).
    alter_sys: while it runs, sys.argv[0] is its file and
    sys.modules[run_name] a temporary module whose globals it uses.
    """
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    else:
        return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    # the __main__ of sys.path[0] (a directory or zip archive): the running
    # __main__ is out of sys.modules while it is looked for
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main







def _get_code_from_file(fname):
    # cipy runs compiled bytecode: a .pyc file, or a .py file's cached form
    path = fname if fname.startswith("/") else _imp._getcwd() + "/" + fname
    _imp._read_file(path)
    code = _imp._file_code("__main__", fname)
    return code, fname














def run_path(path_name, init_globals=None, run_name=None):
    """Runs the code at path_name and returns its globals: a compiled
    script (a .pyc, or a .py through its __pycache__ entry), or a directory
    or zip archive holding a __main__ module.

    init_globals: a dict the globals start from.
    run_name: the code's __name__ ('<run_path>' by default).
    """
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    from pkgutil import get_importer
    importer = get_importer(path_name)
    if isinstance(importer, type(None)):
        # a file: its code runs directly
        code, fname = _get_code_from_file(path_name)
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=fname)
    else:
        # A directory or a zip archive is an entry of sys.path, where its
        # __main__ module is looked for: the path goes to the front of
        # sys.path while the code is found and run, and is taken out again
        # afterwards.
        #
        # The running __main__ leaves sys.modules while the new one is
        # looked for (_get_main_module_details), so that the finders do
        # not answer with it.  The code found then runs in a temporary
        # module named run_name, with sys.argv[0] set to the path, and the
        # globals it leaves are returned as a copy.
        sys.path.insert(0, path_name)
        try:
            mod_name, mod_spec, code = _get_main_module_details()
            with _TempModule(run_name) as temp_module, _ModifiedArgv0(path_name):
                mod_globals = temp_module.module.__dict__
                return _run_code(code, mod_globals, init_globals, run_name, mod_spec, pkg_name).copy()
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass


if __name__ == "__main__":
    # `python -m runpy module args...` runs the module as -m would
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
