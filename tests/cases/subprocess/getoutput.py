# getoutput() and getstatusoutput(): the shell, stderr merged, one newline stripped.
import subprocess

print(repr(subprocess.getoutput('echo hello')))
print(repr(subprocess.getoutput('echo out; echo err >&2')))
print(subprocess.getstatusoutput('echo fine'))
print(subprocess.getstatusoutput('echo bad; exit 3'))
print(subprocess.getstatusoutput('printf "two\\n\\n"'))
print(subprocess.getstatusoutput('printf "none"'))
print(subprocess.getstatusoutput('kill -TERM $$'))
print(subprocess.getstatusoutput('no_such_command_here 2>/dev/null'))
print(subprocess.getstatusoutput('printf "\\351"', encoding='latin-1'))
print(ascii(subprocess.getoutput('printf "\\377"', errors='surrogateescape')))
try:
    subprocess.getoutput('true', 'positional')
except TypeError as e:
    print(e)
