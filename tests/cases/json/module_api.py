# The json package's public names, submodules and the _json accelerator.
import json
import json.decoder
import json.encoder
import json.scanner
import _json

print(json.__all__, json.__version__)
for name in json.__all__ + ['detect_encoding', 'decoder', 'encoder', 'scanner']:
    print(name, hasattr(json, name))
print(json.decoder.__all__, json.scanner.__all__)
print(json.JSONEncoder, json.JSONDecoder, json.JSONDecodeError)
print(json.encoder.JSONEncoder is json.JSONEncoder, json.decoder.JSONDecoder is json.JSONDecoder)
print(_json.make_scanner, _json.make_encoder, _json.scanstring, _json.encode_basestring_ascii)
print(json.encoder.INFINITY, json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
print(json.encoder.c_make_encoder is _json.make_encoder)
print(json.dumps.__name__, json.loads.__name__, json.JSONDecoder.raw_decode.__name__)
print(json.__name__, json.decoder.__name__, _json.__name__)
