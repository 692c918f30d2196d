# configparser: a larger file (many sections and options), written and read back
import configparser as cp
import io

text = io.StringIO()
for s in range(200):
    text.write("[section %d]\n" % s)
    for o in range(15):
        text.write("Option%d = value %d.%d %%(name)s\n" % (o, s, o))
    text.write("name = n%d\n\n" % s)
p = cp.ConfigParser()
p.read_string(text.getvalue())
print(len(p.sections()), sum(len(p.options(s)) for s in p.sections()))
print(p.get('section 150', 'option7'), p['section 3']['option14'])
out = io.StringIO()
p.write(out)
q = cp.ConfigParser()
q.read_string(out.getvalue())
print(all(dict(p.items(s)) == dict(q.items(s)) for s in p.sections()), len(out.getvalue()))
total = 0
for name, proxy in q.items():
    for key in proxy:
        total += len(proxy[key])
print(total)
