# lib: mockshow
# patch with spec=True / spec_set=True / autospec and their argument errors.
import os
from unittest.mock import patch, Mock, DEFAULT
from unittest import mock
from mockshow import show, error


class Model:
    name = "model"

    def save(self, force=False):
        return "saved"


with patch("__main__.Model", spec=True) as M:
    show(M, M())
    error(lambda: M.nothing)
    print(isinstance(Model(), Model) if False else type(M()).__name__)
with patch("__main__.Model", spec_set=True) as M:
    error(setattr, M, "extra", 1)
with patch.object(Model, "save", spec=True) as save:
    show(save)
with patch("__main__.Model", autospec=True) as M:
    instance = M()
    instance.save(force=True)
    error(instance.save, 1, 2)
    print(M.mock_calls)
error(lambda: patch("__main__.Model", spec=True, autospec=True).start())
error(lambda: patch("__main__.Model", spec=True, spec_set=Model).start())
error(lambda: patch("__main__.Missing", create=True, spec=True).start())
error(lambda: patch("__main__.Missing", create=True, autospec=True).start())
error(lambda: patch("__main__.Model", autospec=True, new=1).start())
error(patch, "__main__.Model", spec=Mock())
error(patch, "__main__.Model", spec_set=Mock())
with patch("os.getcwd", spec=["a"]) as g:
    error(g)
with patch("os.getcwd", new_callable=Mock, name="custom") as g:
    show(g)
