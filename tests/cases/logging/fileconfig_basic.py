# logging.config.fileConfig: formatters, handlers, loggers, root, from a file and a parser
# cwd: tmp
import logging, logging.config, sys, io, configparser

CONFIG = """
[loggers]
keys=root, app ,app.db

[handlers]
keys=out,err,brace

[formatters]
keys=plain,brace,dflt,custom

[logger_root]
level=WARNING
handlers=err

[logger_app]
level=DEBUG
handlers=out
qualname=app
propagate=0

[logger_app.db]
level=INFO
handlers=brace
qualname=app.db

[handler_out]
class=StreamHandler
level=DEBUG
formatter=plain
args=(sys.stdout,)

[handler_err]
class=logging.StreamHandler
formatter=dflt
args=(sys.stdout,)

[handler_brace]
class=handlers.MemoryHandler
formatter=brace
args=(10, ERROR)
target=out

[formatter_plain]
format=[%(name)s] %(levelname)s: %(message)s
datefmt=

[formatter_brace]
format={levelname}|{name}|{message}|{extra}
style={
defaults={'extra': 'E', "n": 1}

[formatter_dflt]
format=root %(levelname)s %(message)s

[formatter_custom]
class=logging.Formatter
format=%(message)s
"""
with open('log.ini', 'w') as f:
    f.write(CONFIG)

old = logging.getLogger('old')
old_child = logging.getLogger('app.db.child')
old_child.setLevel(logging.ERROR)
old_child.addHandler(logging.NullHandler())
logging.config.fileConfig('log.ini')
root = logging.getLogger()
app = logging.getLogger('app')
db = logging.getLogger('app.db')
print(logging.getLevelName(root.level), [h.name for h in root.handlers])
print(logging.getLevelName(app.level), [h.name for h in app.handlers], app.propagate, app.disabled)
print(logging.getLevelName(db.level), [h.name for h in db.handlers], db.propagate)
print(old.disabled, old_child.disabled, old_child.level, old_child.handlers, old_child.propagate)
h = db.handlers[0]
print(type(h).__name__, h.capacity, h.flushLevel, h.target.name, h.formatter._style._fmt)
print(app.handlers[0].formatter.datefmt, app.handlers[0].level)
app.debug('to app')
db.info('buffered')
db.error('flushes %d', 2)
root.warning('at root')
root.info('not shown')
logging.getLogger('other').error('other error')
print(sorted(logging._handlers.keys()) if hasattr(logging, '_handlers') else None)

# again with a ConfigParser object, keeping existing loggers
cp = configparser.ConfigParser()
cp.read_string("""
[loggers]
keys=root
[handlers]
keys=h
[formatters]
keys=
[logger_root]
handlers=h
[handler_h]
class=StreamHandler
args=(sys.stdout,)
""")
logging.config.fileConfig(cp, disable_existing_loggers=False)
print(app.disabled, db.disabled, [h.name for h in root.handlers], logging.getLevelName(root.level))
app.propagate = True
app.handlers.clear()
app.warning('app through root, no formatter')
with open('log.ini', encoding='utf-8') as f:
    logging.config.fileConfig(f)
print(app.disabled, app.propagate, [h.name for h in app.handlers])
logging.config.fileConfig('log.ini', defaults={'lvl': 'INFO'}, encoding='utf-8')
print(logging.getLogger('other').disabled)
