# logging.config.fileConfig: existing loggers, their children and placeholders when reconfiguring
import logging, logging.config, io

for name in ['a', 'a.b', 'a.b.c', 'ab', 'x.y', 'z']:
    lg = logging.getLogger(name)
    lg.setLevel(logging.ERROR)
    lg.propagate = False
    lg.addHandler(logging.NullHandler())

CONFIG = """
[loggers]
keys=root,a,new
[handlers]
keys=
[formatters]
keys=
[logger_root]
handlers=
[logger_a]
qualname=a
handlers=
propagate=1
level=INFO
[logger_new]
qualname=x
handlers=
propagate=0
"""

def state():
    for name in sorted(logging.root.manager.loggerDict):
        lg = logging.root.manager.loggerDict[name]
        if isinstance(lg, logging.PlaceHolder):
            print(' ', name, 'placeholder')
        else:
            print(' ', name, logging.getLevelName(lg.level), lg.propagate, lg.disabled, len(lg.handlers))

logging.config.fileConfig(io.StringIO(CONFIG))
state()
logging.config.fileConfig(io.StringIO(CONFIG.replace('keys=root,a,new', 'keys=root')), disable_existing_loggers=False)
state()
logging.config.fileConfig(io.StringIO(CONFIG.replace('keys=root,a,new', 'keys=new,root')))
state()
