# get_close_matches: ordering, n, cutoff, errors.
import difflib

words = ['ape', 'apple', 'peach', 'puppy', 'appel', 'applet', 'maple', 'pale',
         'lapel', 'grape', 'papaya', 'app', 'aple', 'a', '', 'pineapple']
for word in ['appel', 'apple', 'ap', 'pae', 'grapes', 'x', '', 'pineaple']:
    for n in (1, 3, 10):
        for cutoff in (0.0, 0.3, 0.6, 0.8, 1.0):
            print(word, n, cutoff, difflib.get_close_matches(word, words, n, cutoff))
print(difflib.get_close_matches('wheel', ['while', 'with', 'whale', 'when', 'wheat']))
print(difflib.get_close_matches([1, 2, 3], [[1, 2], [1, 2, 3, 4], [3, 2, 1]]))
for bad in [dict(n=0), dict(n=-1), dict(cutoff=-0.1), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('a', ['a'], **bad)
    except ValueError as e:
        print('ValueError', e)
