# The docstrings of the json package, its functions and classes.
import json, json.decoder, json.encoder
objs = [json, json.dumps, json.dump, json.loads, json.load, json.JSONEncoder, json.JSONEncoder.__init__,
        json.JSONEncoder.default, json.JSONEncoder.encode, json.JSONEncoder.iterencode, json.JSONDecoder,
        json.JSONDecoder.__init__, json.JSONDecoder.decode, json.JSONDecoder.raw_decode, json.JSONDecodeError,
        json.detect_encoding, json.decoder, json.encoder, json.scanner]
for o in objs:
    print('=====', getattr(o, '__name__', o))
    print(o.__doc__)
