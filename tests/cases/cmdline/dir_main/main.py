# A directory with __main__ given as the script.
# options: app extra
