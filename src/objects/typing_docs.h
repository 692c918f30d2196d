/* The docstrings of the typing module's C types (TypeVar.__doc__, ...),
 * the texts CPython 3.14 shows. */
#ifndef CIPY_TYPING_DOCS_H
#define CIPY_TYPING_DOCS_H

#define DOC_TYPEVAR \
    "Type variable.\n" \
    "\n" \
    "The preferred way to construct a type variable is via the dedicated\n" \
    "syntax for generic functions, classes, and type aliases::\n" \
    "\n" \
    "    class Sequence[T]:  # T is a TypeVar\n" \
    "        ...\n" \
    "\n" \
    "This syntax can also be used to create bound and constrained type\n" \
    "variables::\n" \
    "\n" \
    "    # S is a TypeVar bound to str\n" \
    "    class StrSequence[S: str]:\n" \
    "        ...\n" \
    "\n" \
    "    # A is a TypeVar constrained to str or bytes\n" \
    "    class StrOrBytesSequence[A: (str, bytes)]:\n" \
    "        ...\n" \
    "\n" \
    "Type variables can also have defaults:\n" \
    "\n" \
    "    class IntDefault[T = int]:\n" \
    "        ...\n" \
    "\n" \
    "However, if desired, reusable type variables can also be constructed\n" \
    "manually, like so::\n" \
    "\n" \
    "   T = TypeVar('T')  # Can be anything\n" \
    "   S = TypeVar('S', bound=str)  # Can be any subtype of str\n" \
    "   A = TypeVar('A', str, bytes)  # Must be exactly str or bytes\n" \
    "   D = TypeVar('D', default=int)  # Defaults to int\n" \
    "\n" \
    "Type variables exist primarily for the benefit of static type\n" \
    "checkers.  They serve as the parameters for generic types as well\n" \
    "as for generic function and type alias definitions.\n" \
    "\n" \
    "The variance of type variables is inferred by type checkers when they\n" \
    "are created through the type parameter syntax and when\n" \
    "``infer_variance=True`` is passed. Manually created type variables may\n" \
    "be explicitly marked covariant or contravariant by passing\n" \
    "``covariant=True`` or ``contravariant=True``. By default, manually\n" \
    "created type variables are invariant. See PEP 484 and PEP 695 for more\n" \
    "details.\n" \
    ""

#define DOC_PARAMSPEC \
    "Parameter specification variable.\n" \
    "\n" \
    "The preferred way to construct a parameter specification is via the\n" \
    "dedicated syntax for generic functions, classes, and type aliases,\n" \
    "where the use of '**' creates a parameter specification::\n" \
    "\n" \
    "    type IntFunc[**P] = Callable[P, int]\n" \
    "\n" \
    "The following syntax creates a parameter specification that defaults\n" \
    "to a callable accepting two positional-only arguments of types int\n" \
    "and str:\n" \
    "\n" \
    "    type IntFuncDefault[**P = [int, str]] = Callable[P, int]\n" \
    "\n" \
    "For compatibility with Python 3.11 and earlier, ParamSpec objects\n" \
    "can also be created as follows::\n" \
    "\n" \
    "    P = ParamSpec('P')\n" \
    "    DefaultP = ParamSpec('DefaultP', default=[int, str])\n" \
    "\n" \
    "Parameter specification variables exist primarily for the benefit of\n" \
    "static type checkers.  They are used to forward the parameter types of\n" \
    "one callable to another callable, a pattern commonly found in\n" \
    "higher-order functions and decorators.  They are only valid when used\n" \
    "in ``Concatenate``, or as the first argument to ``Callable``, or as\n" \
    "parameters for user-defined Generics. See class Generic for more\n" \
    "information on generic types.\n" \
    "\n" \
    "An example for annotating a decorator::\n" \
    "\n" \
    "    def add_logging[**P, T](f: Callable[P, T]) -> Callable[P, T]:\n" \
    "        '''A type-safe decorator to add logging to a function.'''\n" \
    "        def inner(*args: P.args, **kwargs: P.kwargs) -> T:\n" \
    "            logging.info(f'{f.__name__} was called')\n" \
    "            return f(*args, **kwargs)\n" \
    "        return inner\n" \
    "\n" \
    "    @add_logging\n" \
    "    def add_two(x: float, y: float) -> float:\n" \
    "        '''Add two numbers together.'''\n" \
    "        return x + y\n" \
    "\n" \
    "Parameter specification variables can be introspected. e.g.::\n" \
    "\n" \
    "    >>> P = ParamSpec(\"P\")\n" \
    "    >>> P.__name__\n" \
    "    'P'\n" \
    "\n" \
    "Note that only parameter specification variables defined in the global\n" \
    "scope can be pickled.\n" \
    ""

#define DOC_TYPEVARTUPLE \
    "Type variable tuple. A specialized form of type variable that enables\n" \
    "variadic generics.\n" \
    "\n" \
    "The preferred way to construct a type variable tuple is via the\n" \
    "dedicated syntax for generic functions, classes, and type aliases,\n" \
    "where a single '*' indicates a type variable tuple::\n" \
    "\n" \
    "    def move_first_element_to_last[T, *Ts](tup: tuple[T, *Ts]) -> tuple[*Ts, T]:\n" \
    "        return (*tup[1:], tup[0])\n" \
    "\n" \
    "Type variables tuples can have default values:\n" \
    "\n" \
    "    type AliasWithDefault[*Ts = (str, int)] = tuple[*Ts]\n" \
    "\n" \
    "For compatibility with Python 3.11 and earlier, TypeVarTuple objects\n" \
    "can also be created as follows::\n" \
    "\n" \
    "    Ts = TypeVarTuple('Ts')  # Can be given any name\n" \
    "    DefaultTs = TypeVarTuple('Ts', default=(str, int))\n" \
    "\n" \
    "Just as a TypeVar (type variable) is a placeholder for a single type,\n" \
    "a TypeVarTuple is a placeholder for an *arbitrary* number of types. For\n" \
    "example, if we define a generic class using a TypeVarTuple::\n" \
    "\n" \
    "    class C[*Ts]: ...\n" \
    "\n" \
    "Then we can parameterize that class with an arbitrary number of type\n" \
    "arguments::\n" \
    "\n" \
    "    C[int]       # Fine\n" \
    "    C[int, str]  # Also fine\n" \
    "    C[()]        # Even this is fine\n" \
    "\n" \
    "For more details, see PEP 646.\n" \
    "\n" \
    "Note that only TypeVarTuples defined in the global scope can be\n" \
    "pickled.\n" \
    ""

#define DOC_PARAMSPECARGS \
    "The args for a ParamSpec object.\n" \
    "\n" \
    "Given a ParamSpec object P, P.args is an instance of ParamSpecArgs.\n" \
    "\n" \
    "ParamSpecArgs objects have a reference back to their ParamSpec::\n" \
    "\n" \
    "    >>> P = ParamSpec(\"P\")\n" \
    "    >>> P.args.__origin__ is P\n" \
    "    True\n" \
    "\n" \
    "This type is meant for runtime introspection and has no special meaning\n" \
    "to static type checkers.\n" \
    ""

#define DOC_PARAMSPECKWARGS \
    "The kwargs for a ParamSpec object.\n" \
    "\n" \
    "Given a ParamSpec object P, P.kwargs is an instance of ParamSpecKwargs.\n" \
    "\n" \
    "ParamSpecKwargs objects have a reference back to their ParamSpec::\n" \
    "\n" \
    "    >>> P = ParamSpec(\"P\")\n" \
    "    >>> P.kwargs.__origin__ is P\n" \
    "    True\n" \
    "\n" \
    "This type is meant for runtime introspection and has no special meaning\n" \
    "to static type checkers.\n" \
    ""

#define DOC_TYPEALIAS \
    "Type alias.\n" \
    "\n" \
    "Type aliases are created through the type statement::\n" \
    "\n" \
    "    type Alias = int\n" \
    "\n" \
    "In this example, Alias and int will be treated equivalently by static\n" \
    "type checkers.\n" \
    "\n" \
    "At runtime, Alias is an instance of TypeAliasType. The __name__\n" \
    "attribute holds the name of the type alias. The value of the type alias\n" \
    "is stored in the __value__ attribute. It is evaluated lazily, so the\n" \
    "value is computed only if the attribute is accessed.\n" \
    "\n" \
    "Type aliases can also be generic::\n" \
    "\n" \
    "    type ListOrSet[T] = list[T] | set[T]\n" \
    "\n" \
    "In this case, the type parameters of the alias are stored in the\n" \
    "__type_params__ attribute.\n" \
    "\n" \
    "See PEP 695 for more information.\n" \
    ""

#define DOC_NODEFAULT \
    "The type of the NoDefault singleton."

#endif
