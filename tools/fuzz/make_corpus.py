"""Compiles the fuzzer's seed programs (tools/fuzz/seeds/*.py) into its seed
corpus (tools/fuzz/corpus/*.pyc).  Run with CPython 3.14:

    tools/python3.14 tools/fuzz/make_corpus.py

The .pyc files are hash-based and name their source by its bare file name,
so the output does not depend on the checkout or the time."""
import os
import py_compile
import sys

here = os.path.dirname(os.path.abspath(__file__))
seeds = os.path.join(here, "seeds")
corpus = os.path.join(here, "corpus")
os.makedirs(corpus, exist_ok=True)
wanted = set()
for fn in sorted(os.listdir(seeds)):
    if not fn.endswith(".py"):
        continue
    out = fn[:-3] + ".pyc"
    wanted.add(out)
    py_compile.compile(os.path.join(seeds, fn), cfile=os.path.join(corpus, out), dfile=fn,
                       doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
for fn in os.listdir(corpus):
    if fn.endswith(".pyc") and fn not in wanted:
        os.remove(os.path.join(corpus, fn))
print("%d seeds compiled into %s" % (len(wanted), os.path.relpath(corpus)), file=sys.stderr)
