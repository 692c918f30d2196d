# The module's public names and constants.
import gzip

print(gzip.__all__)
print(gzip.READ, gzip.WRITE, gzip.READ_BUFFER_SIZE)
print(gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
print(gzip.__doc__)
print(issubclass(gzip.GzipFile, __import__("io").BufferedIOBase), issubclass(gzip.BadGzipFile, OSError))
print(gzip.compress.__doc__.splitlines()[0], gzip.decompress.__doc__.splitlines()[0])
