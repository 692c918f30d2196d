# fix_sentence_endings: which punctuation and quotes count.
import textwrap

for text in ['A short sentence. Another one.', 'Mr. Smith went to Washington. Then home!',
             'Is it? "Yes." Good.', 'Ends with quote." Next', "Single.' Next", 'e.g. not one',
             'Numbers 3. Not a sentence', 'UPPER. Not either', 'Exclaim! Question? Done.',
             'line one.\nline two.\n', 'tab.\tafter']:
    for width in (15, 70):
        print(width, textwrap.wrap(text, width, fix_sentence_endings=True))
        print(width, textwrap.fill(text, width, fix_sentence_endings=True, replace_whitespace=False))
print(textwrap.TextWrapper.sentence_end_re.search('end.'),
      textwrap.TextWrapper.sentence_end_re.search('End.') is None)
