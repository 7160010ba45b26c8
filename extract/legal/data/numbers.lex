# Number markers and number prefixes.
#
# [markers]  case-folded tokens that introduce an act number; a trailing dot
#            is written as a separate token in the text and is skipped.
# [prefixes] PREFIX | act type | authority | jurisdiction
#            Uzbek-style letter prefixes of act numbers: the prefix decides
#            the type (UP-158 is a decree of the President whatever the text
#            calls it).
[markers]
no
nr
№
št
n°
nº

[prefixes]
UP | decree | president | uz
УП | decree | president | uz
PF | decree | president | uz
ПФ | decree | president | uz
PP | resolution | president | uz
ПП | resolution | president | uz
PQ | resolution | president | uz
ПҚ | resolution | president | uz
ZRU | law | parliament | uz
ЗРУ | law | parliament | uz
O'RQ | law | parliament | uz
ЎРҚ | law | parliament | uz
VMQ | resolution | government | uz
ВМҚ | resolution | government | uz
