"""Annotations (PEP 649 __annotate__ functions, `from __future__ import
annotations`), type parameters and type aliases (see codegen.py for the
emit API).

The hooks codegen.py calls:
  module_annotations_setup(body) / module_annotations_finish()
  class_annotations_setup(body) / class_annotations_finish()
  function_annotations(node) -> SET_FUNCTION_ATTRIBUTE bits it pushed
  generic_function(node, is_async, firstlineno)   def f[T](...)
  generic_class(node, firstlineno)                class C[T]: ...
"""


class TypesMixin:

    def module_annotations_setup(self, body):
        pass

    def module_annotations_finish(self):
        pass

    def class_annotations_setup(self, body):
        pass

    def class_annotations_finish(self):
        pass

    def function_annotations(self, node):
        return 0

    def c_AnnAssign(self, node):
        target = node.target
        if node.value is not None:
            self.visit(node.value)
            self.store_target(target)
        elif type(target).__name__ == 'Name':
            pass
