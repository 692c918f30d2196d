# A dialogue with a child, line by line, through line-buffered text pipes.
import subprocess

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for word in ('one', 'two', 'three'):
    p.stdin.write(word + '\n')
    print(repr(p.stdout.readline()))
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

p = subprocess.Popen(['sh', '-c', 'while read x; do echo "got $x"; [ "$x" = stop ] && exit 3; done'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for word in (b'a', b'b', b'stop'):
    p.stdin.write(word + b'\n')
    p.stdin.flush()
    print(p.stdout.readline())
print(p.wait())
p.stdin.close()
p.stdout.close()
