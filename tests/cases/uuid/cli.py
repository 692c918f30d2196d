# python -m uuid: a name-based UUID of this case's path, twice.
# options: -m uuid -u uuid5 -n @url -C 2 -N {pyc}
print("the case itself is only an argument here")
