# A settings object built on a context variable: nested overrides undone
# with tokens, each task-like call isolated through Context.run.
import contextvars

_settings = contextvars.ContextVar('settings', default={'precision': 2, 'mode': 'plain'})

class override:
    def __init__(self, **changes):
        self.changes = changes
    def __enter__(self):
        merged = dict(_settings.get())
        merged.update(self.changes)
        self.token = _settings.set(merged)
        return merged
    def __exit__(self, *exc):
        _settings.reset(self.token)

def report(label):
    s = _settings.get()
    print(label, s['precision'], s['mode'])

report('start')
with override(precision=5):
    report('outer')
    with override(mode='fancy'):
        report('inner')
        contextvars.copy_context().run(report, 'copied')
        contextvars.Context().run(report, 'fresh')
    report('outer again')
report('end')

def worker(n):
    with override(precision=n):
        report('worker %d' % n)
        return _settings.get()['precision']
print([contextvars.copy_context().run(worker, n) for n in range(3)])
report('after workers')
