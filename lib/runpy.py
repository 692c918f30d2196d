"""Running modules and files as scripts: `cipy -m`, run_module(), run_path().

Tracebacks show this module's frames as "<frozen runpy>" with a line
number, as CPython shows those of its frozen runpy: each call that leads
into a program's code (or that can fail on its behalf) sits on the same
line as there, and blank stretches between the functions keep it there.
"""

import _imp
import sys

__all__ = ["run_module", "run_path"]


class _Stand_in:
    """While the block runs, sys.modules[name] is `module` and, if argv0 is
    given, sys.argv[0] is argv0; both are put back afterwards."""

    _absent = object()

    def __init__(self, name, module, argv0=_absent):
        self.name = name
        self.module = module
        self.argv0 = argv0

    def __enter__(self):
        self.old_module = sys.modules.get(self.name, self._absent)
        sys.modules[self.name] = self.module
        if self.argv0 is not self._absent:
            self.old_argv0 = sys.argv[0]
            sys.argv[0] = self.argv0
        return self.module

    def __exit__(self, *exc_info):
        if self.argv0 is not self._absent:
            sys.argv[0] = self.old_argv0
        if self.old_module is self._absent:
            del sys.modules[self.name]
        else:
            sys.modules[self.name] = self.old_module


def _module_attributes(name, spec, package, script):
    """The attributes a module being run as `name` gets, as a dict."""
    if spec is not None:
        if package is None:
            package = spec.parent
        file, cached, loader = spec.origin, spec.cached, spec.loader
    else:
        file, cached, loader = script, None, None
    return {"__name__": name, "__file__": file, "__cached__": cached, "__doc__": None,
            "__loader__": loader, "__package__": package, "__spec__": spec}




























def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
              script_name=None):
    """Runs code in the dict run_globals, given the attributes of the module
    it runs as; returns run_globals."""
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(_module_attributes(mod_name, mod_spec, pkg_name, script_name))
    _imp._run_code(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None, script_name=None):
    """Runs code as module mod_name, a temporary module in sys.modules, with
    sys.argv[0] its file; returns a copy of its globals."""
    argv0 = mod_spec.origin if mod_spec is not None else script_name
    with _Stand_in(mod_name, type(sys)(mod_name), argv0) as module:
        namespace = module.__dict__
        _run_code(code, namespace, init_globals, mod_name, mod_spec, pkg_name, script_name)
    # copied: the temporary module's globals may be cleared when it goes
    return namespace.copy()





def _get_module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module to run for mod_name."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    parent = mod_name.rpartition(".")[0]
    if parent:
        # an error raised while the parent runs is not a missing module
        try:
            __import__(parent)
        except ImportError as exc:
            missing = exc.name
            if missing is None or not (parent == missing or parent.startswith(missing + ".")):
                raise
    import importlib.util
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as exc:
        raise _lookup_error(mod_name, exc, error) from exc
    if spec is None:
        raise error(f"No module named {mod_name}")
    if spec.submodule_search_locations is not None:
        # A package runs as its __main__ submodule.  When that cannot be
        # found, the message says so and, if the package itself could be
        # imported, that a package cannot run by itself.
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        main_name = mod_name + ".__main__"
        # (the recursion stops there: a __main__ cannot be a package, see
        # the check above)
        try:
            return _get_module_details(main_name, error)
        except error as exc:
            if mod_name not in sys.modules:
                raise
            raise error(f"{exc}; {mod_name!r} is a package and cannot be directly executed")
    if spec.loader is None:
        raise error(f"{mod_name!r} is a namespace package and cannot be executed")
    # the loader's ImportError becomes `error`; others propagate as they are
    try:
        code = spec.loader.get_code(mod_name)
    except ImportError as exc:
        raise error(format(exc)) from exc
    if code is None:
        raise error(f"No code object available for {mod_name}")
    return mod_name, spec, code


def _lookup_error(mod_name, exc, error):
    hint = ""
    if mod_name.endswith(".py"):
        hint = f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
    return error(f"Error while finding module specification for {mod_name!r} "
                 f"({type(exc).__name__}: {exc}){hint}")


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
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit(f"{sys.executable}: {exc}")
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    # the program runs in the namespace of the __main__ module cipy made
    main_globals = sys.modules["__main__"].__dict__
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
    name = mod_name if run_name is None else run_name
    # alter_sys: a temporary module and sys.argv[0], as for a script
    if alter_sys:
        return _run_module_code(code, init_globals, name, mod_spec)
    else:
        return _run_code(code, {}, init_globals, name, mod_spec)



def _get_main_module_details(error=ImportError):
    # The __main__ of sys.path[0] (a directory or a zip archive).  The
    # running __main__ leaves sys.modules while the new one is looked for,
    # so that the finders do not answer with it.
    running = sys.modules.pop("__main__")
    try:
        return _get_module_details("__main__")
    except ImportError as exc:
        if "__main__" not in str(exc):
            raise
        raise error(f"can't find '__main__' module in {sys.path[0]!r}") from exc
    finally:
        sys.modules["__main__"] = running







def _get_code_from_file(fname):
    # cipy runs compiled bytecode: a .pyc file, or a .py file's cached form
    absolute = fname if fname.startswith("/") else f"{_imp._getcwd()}/{fname}"
    _imp._read_file(absolute)
    return _imp._file_code("__main__", fname), fname
















def run_path(path_name, init_globals=None, run_name=None):
    """Runs the code at path_name and returns its globals: a compiled
    script (a .pyc, or a .py through its __pycache__ entry), or a directory
    or zip archive holding a __main__ module.

    init_globals: a dict the globals start from.
    run_name: the code's __name__ ('<run_path>' by default).
    """
    from pkgutil import get_importer
    name = "<run_path>" if run_name is None else run_name
    package = name.rpartition(".")[0]
    if get_importer(path_name) is None:
        # a file: its code runs in a temporary module, with sys.argv[0]
        # set to the file
        code, fname = _get_code_from_file(path_name)
        return _run_module_code(code, init_globals, name, pkg_name=package, script_name=fname)
    # A directory or a zip archive is a sys.path entry that holds a
    # __main__ module.  The path goes to the front of sys.path while that
    # module is found and run, and is taken out again afterwards.
    #
    # _get_main_module_details takes the running __main__ out of
    # sys.modules while the new one is looked for, so that the finders do
    # not answer with it.  The code then runs in a temporary module named
    # run_name, with sys.argv[0] set to the path; the globals it leaves
    # are returned as a copy.  The path is removed afterwards only if it
    # is still there: the code may have taken it out itself, in which case
    # nothing is removed.
    sys.path.insert(0, path_name)
    try:
        found_name, spec, code = _get_main_module_details()
        with _Stand_in(name, type(sys)(name), path_name) as module:
            namespace = module.__dict__
            return _run_code(code, namespace, init_globals, name, spec, package).copy()
    finally:
        if path_name in sys.path:
            sys.path.remove(path_name)




if __name__ == "__main__":
    # `python -m runpy module args...` runs the module as -m would
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
