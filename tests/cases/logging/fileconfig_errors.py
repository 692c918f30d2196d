# logging.config.fileConfig: missing and empty files, parse errors, missing sections
# cwd: tmp
import logging, logging.config, io

def attempt(source, **kw):
    try:
        logging.config.fileConfig(source, **kw)
    except Exception as e:
        print(type(e).__name__, '|', e)
    else:
        print('ok', [h.name for h in logging.root.handlers])

attempt('missing.ini')
open('empty.ini', 'w').close()
attempt('empty.ini')
with open('bad.ini', 'w') as f:
    f.write("no header\n")
attempt('bad.ini')
with open('bad2.ini', 'w') as f:
    f.write("[loggers]\nkeys=root\nbogus\n")
attempt('bad2.ini')
with open('nolog.ini', 'w') as f:
    f.write("[formatters]\nkeys=\n[handlers]\nkeys=\n")
attempt('nolog.ini')
with open('nofmt.ini', 'w') as f:
    f.write("[loggers]\nkeys=root\n")
attempt('nofmt.ini')
attempt(io.StringIO("[formatters]\nkeys=f\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=h\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nargs=()\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=a\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\nhandlers=\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\nhandlers=zz\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nclass=StreamHandler\nformatter=nope\n[loggers]\nkeys=root\n[logger_root]\nhandlers=h\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=h\n[handler_h]\nclass=StreamHandler\nlevel=LOUD\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root,x\n[logger_root]\nhandlers=\n[logger_x]\nhandlers=\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root,x\n[logger_root]\nhandlers=\n[logger_x]\nhandlers=\nqualname=x\npropagate=maybe\n"))
attempt(io.StringIO("[formatters]\nkeys=f\n[formatter_f]\nstyle=?\n"))
attempt(io.StringIO("[formatters]\nkeys=f\n[formatter_f]\nformat=%(message\n"))
attempt(io.StringIO("[formatters]\nkeys=f\n[formatter_f]\nclass=nomod.Fmt\n"))
attempt(io.StringIO("[formatters]\nkeys=\n[handlers]\nkeys=\n[loggers]\nkeys=root\n[logger_root]\nlevel=%(lvl)s\nhandlers=\n"), defaults={'lvl': 'ERROR'})
print(logging.getLevelName(logging.root.level))
print(logging.config.DEFAULT_LOGGING_CONFIG_PORT, logging.config.RESET_ERROR)
