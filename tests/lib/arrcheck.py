"""Helpers for the array cases: show() runs a thunk and prints what it
returns or raises, one line each, so a case reads as a list of probes."""


def show(label, thunk):
    try:
        result = thunk()
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label} -> {result!r}")
