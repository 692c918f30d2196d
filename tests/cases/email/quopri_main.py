# quopri's command line (main) on files, options and their errors.
# cwd: tmp
import sys
import quopri

with open("in.txt", "wb") as f:
    f.write(b"caf\xc3\xa9\ttab = equals\nline two \n")
with open("enc.txt", "wb") as f:
    f.write(b"caf=C3=A9 soft=\nbreak\n")


real_stdout = sys.stdout


def run(*argv):
    sys.stdout = real_stdout
    sys.argv = ["quopri"] + list(argv)
    sys.stdout.flush()
    try:
        quopri.main()
    except SystemExit as e:
        print("exit", e.code)
    sys.stdout.flush()
    print("stdout is stderr:", sys.stdout is sys.stderr)
    print()


run("in.txt")
run("-t", "in.txt")
run("-d", "enc.txt")
run("in.txt", "missing.txt")
run("-t", "-d", "in.txt")
run("-x")
