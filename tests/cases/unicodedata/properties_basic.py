import unicodedata as u
for ch in "aA\u01c5 \u00a0\u2028\u2029\t\u0300\u0903\u20dd0\u0660\u16ee\u00bd_-([)]\u00ab\u00bb!+$^\u00a6\ud800\ue000\u0378\u200b\u202e\u2066\u05d0\u0627\u06f0\u3000\uff21\uff61\u1100\u00e9\U0001F600\U000E0001":
    print("%05X" % ord(ch), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch), u.east_asian_width(ch),
          u.mirrored(ch), repr(u.decomposition(ch)))
    print("     ", u.ucd_3_2_0.category(ch), repr(u.ucd_3_2_0.bidirectional(ch)), u.ucd_3_2_0.combining(ch),
          u.ucd_3_2_0.east_asian_width(ch), u.ucd_3_2_0.mirrored(ch), repr(u.ucd_3_2_0.decomposition(ch)))
