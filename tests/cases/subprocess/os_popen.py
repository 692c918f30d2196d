# os.popen(): a text stream over a shell command; close() gives the status.
import os

f = os.popen('echo hello; echo world')
print(type(f).__name__, f.read(), f.close())
f = os.popen('echo lines; echo more; exit 3')
print(list(f), f.close())
with os.popen('printf "a\\nb\\n"') as f:
    print(f.readline(), f.readline(), repr(f.readline()))
f = os.popen('kill -TERM $$')
print(f.read(), f.close())
f = os.popen('exit 1')
print(f.close())
f = os.popen('cat > /dev/null; exit 2', 'w')
print(f.write('ignored\n'), f.close())
f = os.popen('tr a-z A-Z', 'w')
f.write('to the child\n')
f.flush()
print(f.close())
f = os.popen('echo x', 'r', 1)
print(f.closed, f.line_buffering, f.read(), f.close(), f.closed)
for args in ((['ls'],), ('true', 'rb'), ('true', 'x'), ('true', 'r', 0), ('true', 'r', None)):
    try:
        os.popen(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('popen' in os.__all__)
