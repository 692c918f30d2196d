# env: NO_COLOR=1
# `-m http.server`'s command line, run through runpy: help and usage errors
import runpy
import sys


def run(*argv):
    sys.argv = ["server.py", *argv]
    try:
        runpy.run_module("http.server", run_name="__main__", alter_sys=False)
    except SystemExit as e:
        print("exit", e.code)


run("--help")
run("--tls-key", "k.pem")
run("--tls-password-file", "p.txt")
run("notaport")
run("--bogus")
run("-p")
