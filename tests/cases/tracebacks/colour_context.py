# "During handling of the above exception" stays plain.
# env: FORCE_COLOR=1
def cleanup(items):
    return items[3]

try:
    {}["missing"]
except KeyError:
    cleanup([1, 2])
