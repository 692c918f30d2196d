# A build plan processed batch by batch, finishing nodes in varying order.
import graphlib

plan = {'link': ['compile_a', 'compile_b', 'compile_c'], 'compile_a': ['gen'],
        'compile_b': ['gen', 'configure'], 'compile_c': ['configure'],
        'gen': ['configure'], 'test': ['link'], 'package': ['link', 'docs'],
        'docs': ['configure'], 'release': ['test', 'package']}
for reverse in (False, True):
    ts = graphlib.TopologicalSorter(plan)
    ts.prepare()
    step = 0
    while ts:
        ready = ts.get_ready()
        print(step, ready)
        for node in (reversed(ready) if reverse else ready):
            ts.done(node)
            print('   after', node, ts.is_active())
        step += 1
