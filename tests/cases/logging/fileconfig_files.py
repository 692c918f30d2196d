# logging.config.fileConfig: file handlers with args and kwargs, defaults interpolated, reconfiguring
# cwd: tmp
import logging, logging.config, os

CONFIG = """
[loggers]
keys=root,svc

[handlers]
keys=file,rot,mem

[formatters]
keys=f

[logger_root]
level=NOTSET
handlers=

[logger_svc]
level=%(lvl)s
handlers=file,rot,mem
qualname=svc.%(name)s
propagate=0

[handler_file]
class=FileHandler
level=INFO
formatter=f
args=('%(logdir)s/app.log', 'w')
kwargs={'encoding': 'utf-8', 'delay': True}

[handler_rot]
class=handlers.RotatingFileHandler
formatter=f
args=('%(logdir)s/rot.log',)
kwargs={'maxBytes': 60, 'backupCount': 2, 'encoding': 'utf-8'}

[handler_mem]
class=logging.handlers.MemoryHandler
args=(3,)
kwargs={'flushOnClose': False}
target=file

[formatter_f]
format=%(levelname)s:%(name)s:%(message)s
"""
os.mkdir('logs')
with open('log.ini', 'w') as f:
    f.write(CONFIG)
logging.config.fileConfig('log.ini', defaults={'logdir': 'logs', 'lvl': 'DEBUG', 'name': 'api'})
svc = logging.getLogger('svc.api')
print(logging.getLevelName(svc.level), [h.name for h in svc.handlers], svc.propagate)
print(svc.handlers[2].target is svc.handlers[0], svc.handlers[2].capacity)
for i in range(5):
    svc.debug('debug %d', i)
    svc.info('info %d \u00e9', i)
logging.shutdown()
for name in sorted(os.listdir('logs')):
    with open(os.path.join('logs', name), encoding='utf-8') as f:
        print(name, repr(f.read()))

# a second configuration replaces handlers and disables the loggers it does not name
with open('two.ini', 'w') as f:
    f.write("[loggers]\nkeys=root\n[handlers]\nkeys=\n[formatters]\nkeys=\n[logger_root]\nlevel=ERROR\nhandlers=\n")
logging.config.fileConfig('two.ini')
print(svc.disabled, svc.handlers == [] or [h.name for h in svc.handlers], logging.getLevelName(logging.root.level))
print(sorted(logging._handlerList and [type(r()).__name__ for r in logging._handlerList if r()] or []))
logging.config.fileConfig('log.ini', defaults={'logdir': 'logs', 'lvl': 'WARNING', 'name': 'api'}, disable_existing_loggers=False)
print(svc.disabled, logging.getLevelName(svc.level))
logging.shutdown()
