# get_exec_path with the environment, a dict, bytes keys.
import os

os.environ['PATH'] = '/one:/two'

print(os.get_exec_path())
print(os.get_exec_path({'PATH': '/a:/b:'}), os.get_exec_path({}), os.get_exec_path({b'PATH': b'/x'}))
try:
    os.get_exec_path({'PATH': '/a', b'PATH': b'/b'})
except ValueError as e:
    print(e)
