# PYTHONPATH is searched after the current directory, for -m and imports.
# options: -m tool
# env: PYTHONPATH={tree}/extra
