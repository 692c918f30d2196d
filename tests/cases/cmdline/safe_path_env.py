# PYTHONSAFEPATH as -P.
# env: PYTHONSAFEPATH=1
try:
    import defaults
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
