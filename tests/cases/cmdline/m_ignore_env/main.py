# -E ignores PYTHONPATH: the module there is not found.
# options: -E -m tool
# env: PYTHONPATH={tree}/extra
