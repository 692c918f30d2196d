# python -m uuid with long options and a namespace given as a UUID.
# options: -m uuid --uuid=uuid3 --namespace 6ba7b814-9dad-11d1-80b4-00c04fd430c8 --name={pyc}
print("the case itself is only an argument here")
