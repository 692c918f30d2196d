# -m finds a package's __main__ in a zip archive on PYTHONPATH.
# options: -m kit x
# env: PYTHONPATH={tree}/tools.zip
