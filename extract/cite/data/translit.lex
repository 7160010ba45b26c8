# Cyrillic to Latin transliteration used to fold names for matching
# ("Иванов" ~ "Ivanov", "Хамзин" ~ "Khamzin"): letter | Latin spelling.
# GOST 7.79-2000 system B / BGN-ish choices, lower case; Kazakh letters map
# to the Latin spellings seen in English-language references.
[cyrillic]
а | a
б | b
в | v
г | g
д | d
е | e
ё | e
ж | zh
з | z
и | i
й | y
к | k
л | l
м | m
н | n
о | o
п | p
р | r
с | s
т | t
у | u
ф | f
х | kh
ц | ts
ч | ch
ш | sh
щ | shch
ъ |
ы | y
ь |
э | e
ю | yu
я | ya
ә | a
ғ | g
қ | k
ң | n
ө | o
ұ | u
ү | u
һ | h
і | i
