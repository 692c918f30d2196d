NAME = "helper from PYTHONPATH"
