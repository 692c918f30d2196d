# Arrays and objects of every shape, nested, with every value kind.
import json

for text in ['[[[]]]', '[{}, {}]', '{"a": [], "b": {}}', '[1, [2, [3, [4]]]]', '{"a": {"b": {"c": {}}}}',
             '[null,true,false,1,1.5,"s",[],{}]', '{"": ""}', '{"a b": "c d"}', '[ "x" , [ ] , { } ]',
             '{"k": [{"k": [{"k": []}]}]}', '[' + ','.join(str(i) for i in range(50)) + ']']:
    print(json.loads(text))
