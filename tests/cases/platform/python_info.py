# What platform says of the interpreter: its version from sys.version, and
# its name as sys.implementation gives it.
import platform
import sys

print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == ".".join(map(str, sys.version_info[:3])))
print(type(platform.python_version_tuple()).__name__)
print(platform.python_implementation().lower() == sys.implementation.name)
build = platform.python_build()
print(type(build).__name__, len(build), [type(x).__name__ for x in build])
print(type(platform.python_compiler()).__name__, platform.python_compiler() != "")
print(type(platform.python_branch()).__name__, type(platform.python_revision()).__name__)
print(platform.__version__)
