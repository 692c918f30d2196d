# cls=: a JSONDecoder subclass, given the hooks and extra keywords.
import json

class Recording(json.JSONDecoder):
    def __init__(self, **kw):
        print('init with', sorted(kw))
        self.extra = kw.pop('extra', None)
        super().__init__(**kw)
    def decode(self, s):
        print('decode', repr(s), self.extra)
        return super().decode(s)

print(json.loads('[1, {"a": 2.5}]', cls=Recording))
print(json.loads('[1, {"a": 2.5}]', cls=Recording, parse_float=str, extra='x'))
print(json.loads('{"a": 1}', cls=Recording, object_hook=dict, object_pairs_hook=list,
                 parse_int=str, parse_constant=str))

class Lenient(json.JSONDecoder):
    def decode(self, s):
        try:
            return super().decode(s)
        except json.JSONDecodeError as e:
            return ('broken', e.msg, e.pos)

print(json.loads('[1,', cls=Lenient), json.loads(b'[2]', cls=Lenient))
