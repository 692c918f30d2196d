"""Moves the differential cases into one folder per area (git mv).

tests/cases/<area>/ holds the cases of one language area or module. Cases
in a retired folder (exc/, gen/, more/, final/, ...) are moved to the folder
of what they test: by an entry of MOVES, by their whole folder (FOLDERS), or
by the prefix of their name (PREFIXES, for cases added to a retired folder
later). Names in tests/xfail.txt follow. Running it again moves only what is
still in a retired folder; a case it cannot place is listed and left.

Usage: tools/python3.14 tools/tests_by_area.py [--dry-run]"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "cases")
XFAIL = os.path.join(ROOT, "tests", "xfail.txt")

# Folders whose cases all belong to one other folder.
FOLDERS = {
    "exc": "exceptions",
    "gen": "generators",
    "func": "functions",
    "calls": "functions",
    "objects": "classes",
}

# Folders whose cases go to several areas: each case by MOVES, else by PREFIXES.
MIXED = ("more", "final", "extra", "mixed", "programs", "lang", "values")

MOVES = {
    "more/comprehension_scopes": "comprehension/comprehension_scopes",
    "more/exc_else_finally_order": "exceptions/exc_else_finally_order",
    "more/exc_group_handling": "exceptions/exc_group_handling",
    "more/exc_in_del_and_repr": "exceptions/exc_in_del_and_repr",
    "more/exc_nested_handlers": "exceptions/exc_nested_handlers",
    "more/numeric_formatting": "float/numeric_formatting",
    "more/sorting_stability": "list/sorting_stability",
    "more/string_building": "str/string_building",
    "more/uncaught_cause_chain": "exceptions/uncaught_cause_chain",
    "more/uncaught_in_method": "exceptions/uncaught_in_method",
    "more/uncaught_notes_group": "exceptions/uncaught_notes_group",
    "more/uncaught_suppressed": "exceptions/uncaught_suppressed",
    "more/while_else_flags": "control/while_else_flags",
    "final/async_with_exceptions": "coro/async_with_exceptions",
    "final/builtins_iter_tools": "builtins/builtins_iter_tools",
    "final/class_repr_nested_containers": "classes/class_repr_nested_containers",
    "final/dict_order_semantics": "dict/dict_order_semantics",
    "final/float_repr_round": "float/float_repr_round",
    "final/future_and_annotations": "future/future_and_annotations",
    "final/gen_expression_closure": "generators/gen_expression_closure",
    "final/gen_return_in_finally": "generators/gen_return_in_finally",
    "final/int_conversions": "int/int_conversions",
    "final/match_commands": "matching/match_commands",
    "final/match_dataclass_like": "matching/match_dataclass_like",
    "final/nonlocal_generators": "functions/nonlocal_generators",
    "final/set_order_ints": "set/set_order_ints",
    "final/tuple_unpack_swap": "assignment/tuple_unpack_swap",
    "extra/builtin_type_calls": "builtins/builtin_type_calls",
    "extra/bytes_basics": "bytes/basics",
    "extra/class_attr_lookup": "classes/class_attr_lookup",
    "extra/class_counters_registry": "classes/class_counters_registry",
    "extra/class_dunder_misc": "classes/class_dunder_misc",
    "extra/class_private_names": "classes/class_private_names",
    "extra/coro_exceptions": "coro/coro_exceptions",
    "extra/coro_scheduler": "coro/coro_scheduler",
    "extra/gen_exception_inside": "generators/gen_exception_inside",
    "extra/gen_infinite_take": "generators/gen_infinite_take",
    "extra/gen_send_averager": "generators/gen_send_averager",
    "extra/print_options": "builtins/print_options",
    "mixed/chained_traceback_with_note": "exceptions/chained_traceback_with_note",
    "mixed/context_generators_coroutines": "coro/context_generators_coroutines",
    "mixed/generic_aliases": "typing/generic_aliases",
    "mixed/generic_class_instances": "typing/generic_class_instances",
    "mixed/match_patterns": "matching/match_patterns",
    "mixed/sequence_concat_errors": "list/sequence_concat_errors",
    "mixed/sequence_slots": "list/sequence_slots",
    "mixed/small_int_ops": "int/small_int_ops",
    "mixed/tree_and_builtins": "builtins/tree_and_builtins",
    "mixed/tstrings_typeparams": "fstring/tstrings_typeparams",
    "programs/binary_search": "list/binary_search",
    "programs/gcd_lcm": "int/gcd_lcm",
    "programs/matrix": "list/matrix",
    "programs/roman": "str/roman",
    "programs/word_stats": "dict/word_stats",
    "lang/augmented_order": "assignment/augmented_order",
    "lang/closures_scopes": "functions/closures_scopes",
    "lang/numbers_edge": "int/numbers_edge",
    "lang/small_programs": "str/small_programs",
    "lang/import_hook": "modules/import_hook",
    "lang/import_names": "modules/import_names",
    "lang/import_relative": "modules/import_relative",
    "lang/unpacking": "assignment/unpacking",
    "lang/walrus_chains": "assignment/walrus_chains",
    "values/builtins_misc": "builtins/builtins_misc",
    "values/byte_values": "bytes/byte_values",
    "values/dict_set_ops": "dict/dict_set_ops",
    "values/fstring_specs": "fstring/fstring_specs",
    "values/int_bigmath": "int/int_bigmath",
    "values/list_tuple_ops": "list/list_tuple_ops",
    "values/str_methods_mix": "str/str_methods_mix",
    "iteration/async_basics": "coro/async_basics",
    "iteration/async_generators": "coro/async_generators",
    "iteration/gen_close_return": "generators/gen_close_return",
    "iteration/gen_pipeline": "generators/gen_pipeline",
    "iteration/gen_states": "generators/gen_states",
    "iteration/gen_throw_forms": "generators/gen_throw_forms",
    "iteration/yield_from_delegation": "generators/yield_from_delegation",
    # Asynchronous cases of the generator folders go with the coroutines.
    "generators/async_gen_methods": "coro/async_gen_methods",
    "generators/async_iter_with": "coro/async_iter_with",
    "generators/coroutine_loop": "coro/coroutine_loop",
    # bytes cases written before bytes/ existed.
    "str/bytes_args": "bytes/bytes_args",
    "str/bytes_percent_format": "bytes/bytes_percent_format",
    # Names taken in the destination.
    "objects/del_order": "classes/del_order_resources",
    "objects/getattr_hooks": "classes/getattr_proxy",
    "objects/metaclass_prepare": "classes/metaclass_prepare_registry",
}

# For a case of a MIXED folder that MOVES does not name: the first matching
# prefix of its name gives the area (and is dropped from the name if the
# area says the same: tb_x goes to tracebacks/x).
PREFIXES = [
    ("tb_", "tracebacks", True),
    ("async_", "coro", False),
    ("coro_", "coro", False),
    ("gen_", "generators", False),
    ("yield_", "generators", False),
    ("exc_", "exceptions", False),
    ("uncaught_", "exceptions", False),
    ("class_", "classes", False),
    ("match_", "matching", False),
    ("int_", "int", False),
    ("float_", "float", False),
    ("str_", "str", False),
    ("dict_", "dict", False),
    ("set_", "set", False),
    ("list_", "list", False),
    ("tuple_", "tuple", False),
    ("bytes_", "bytes", False),
    ("byte_", "bytes", False),
    ("import_", "modules", False),
    ("builtin_", "builtins", False),
]


def destination(area, name):
    key = area + "/" + name
    if key in MOVES:
        return MOVES[key]
    if area in FOLDERS:
        return FOLDERS[area] + "/" + name
    if area not in MIXED:
        return key
    for prefix, dest, strip in PREFIXES:
        if name.startswith(prefix):
            return dest + "/" + (name[len(prefix):] if strip else name)
    return None


def main(argv):
    dry = "--dry-run" in argv
    moves, unplaced = [], []
    for area in sorted(os.listdir(CASES)):
        folder = os.path.join(CASES, area)
        if not os.path.isdir(folder):
            continue
        for fn in sorted(os.listdir(folder)):
            if not fn.endswith(".py"):
                continue
            name = fn[:-3]
            dest = destination(area, name)
            if dest is None:
                unplaced.append(area + "/" + name)
            elif dest != area + "/" + name:
                moves.append((area + "/" + name, dest))
    taken = set()
    for old, new in moves:
        if new in taken or os.path.exists(os.path.join(CASES, new + ".py")):
            print("tests_by_area: %s would overwrite %s; name it in MOVES" % (old, new))
            return 1
        taken.add(new)
    for old, new in moves:
        print("%s -> %s" % (old, new))
        if not dry:
            os.makedirs(os.path.dirname(os.path.join(CASES, new)), exist_ok=True)
            subprocess.run(["git", "mv", os.path.join(CASES, old + ".py"), os.path.join(CASES, new + ".py")],
                           check=True, cwd=ROOT)
    if moves and not dry:
        rename_xfail(dict(moves))
        for area in os.listdir(CASES):
            folder = os.path.join(CASES, area)
            if os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)
    for u in unplaced:
        print("tests_by_area: no area for %s (a retired folder); name it in MOVES" % u)
    return 1 if unplaced else 0


def rename_xfail(renames):
    """tests/xfail.txt names a case as area/name or dis:area/name."""
    with open(XFAIL, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    for line in lines:
        if line and not line.startswith("#"):
            name, sep, rest = line.partition(" ")
            kind, colon, case = name.rpartition(":")
            if case in renames:
                line = kind + colon + renames[case] + sep + rest
        out.append(line)
    with open(XFAIL, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
