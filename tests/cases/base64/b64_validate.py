# b64decode with validate: junk and bad padding are errors.
import base64
import binascii

for s in ('YWJj', 'YW Jj', 'YWJj\n', 'YQ', 'YQ==', 'YQ=', 'Y!Q==', 'YQ==YQ==', '', '=YQ=', 'YQ=a='):
    for validate in (False, True):
        try:
            r = base64.b64decode(s, validate=validate)
        except binascii.Error as e:
            r = 'Error: %s' % e
        print(repr(s), validate, r)
