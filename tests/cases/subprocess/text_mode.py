# Text mode: encodings, error handlers, newline translation.
import subprocess

r = subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
print(repr(subprocess.run(['printf', 'a\\r\\nb'], capture_output=True).stdout))
r = subprocess.run(['printf', '\\351t\\351'], capture_output=True, encoding='latin-1')
print(repr(r.stdout))
r = subprocess.run(['printf', 'bad \\377 byte'], capture_output=True, errors='replace')
print(repr(r.stdout))
r = subprocess.run(['printf', 'bad \\377 byte'], capture_output=True, encoding='utf-8', errors='surrogateescape')
print(ascii(r.stdout))
try:
    subprocess.run(['printf', 'bad \\377 byte'], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(repr(subprocess.run(['cat'], input='caf\xe9 \u20ac\n', capture_output=True, text=True).stdout))
print(subprocess.run(['cat'], input='caf\xe9\n', capture_output=True, encoding='latin-1').stdout.encode('latin-1'))
print(subprocess.run(['od', '-An', '-c'], input='\xe9', capture_output=True, encoding='latin-1').stdout.split())
p = subprocess.Popen(['printf', 'x\\ny\\r\\nz'], stdout=subprocess.PIPE, universal_newlines=True)
print(p.universal_newlines, p.text_mode, p.encoding, p.errors)
print([line for line in p.stdout])
p.stdout.close()
p.wait()
p = subprocess.Popen(['true'], encoding='ascii', errors='strict')
print(p.text_mode, p.universal_newlines, p.encoding, p.errors)
p.wait()
