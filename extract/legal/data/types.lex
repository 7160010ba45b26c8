# Act type words. Sections are languages ([en], [ru], [kk], [sl]; Russian
# transliterated in Latin letters goes under [ru]).
#
#   type[:flag,...] | form | form ...
#
# type is one of: law code decree resolution decision order concept strategy
# programme agreement convention other. Protocols are agreements (a protocol
# to a treaty is a treaty); declarations, memoranda, charters, rules,
# directives and statutes are other. Forms are case-folded surface forms
# (singular only: plurals such as "laws" or "заңдар" are generic and never
# name one act). Flags:
#   weak   the word is common outside legal usage ("order", "decision",
#          "act"): it needs a number, a quoted title, a date or a capitalised
#          name to count as a mention.
#   intl   an international instrument (treaties, conventions): the
#          jurisdiction defaults to int.
#   unique one act of its kind per jurisdiction (a constitution): the
#          jurisdiction alone identifies it; capitalised ("the Constitution",
#          "Konstitucija") or in a language where the word means nothing
#          else (Ustava, Конституция) it names the act on its own.
#   plural a plural ("agreements", "келісімдер", "sporazumi"): it names one
#          act only with exactly one named counterparty and no quantifier
#          ("agreements with Qatar on employment", not "agreements with
#          Serbia and Poland" or "several agreements with Qatar"). Only
#          agreements: plural memoranda and protocols with one partner are
#          usually several sectoral documents.
#   topic  a word that names an act only when dated or titled: "the 2006
#          amnesty", "2013 жылғы заңнамалық түзетулер", "amendments to
#          national laws in 2013". A real type word right after it takes
#          over ("amnesty law", "amendments to the Law on Migration").
#   policy a policy word that names the policy document (a concept) only
#          with the period it covers: "migracijsko politiko za obdobje
#          2021–2030", "migration policy for 2023–2027".
#   det    a noun only after a determiner or adjective ("a deal with Qatar",
#          not "to deal with Qatar").
# Plural, topic and policy words are candidates only: titles keep them as
# words of their TitleKey.
[en]
law | law
code | code
decree | decree
decree:weak | ordinance
resolution | resolution
decision:weak | decision
order:weak | order
concept | concept
strategy | strategy
programme | programme
programme:weak | program
agreement:weak,intl | agreement | accord
agreement:intl | treaty
agreement:weak,intl | compact
convention:intl | convention
law:weak | act
other:weak | declaration | rules | regulation | charter | memorandum | directive | statute
agreement:weak,intl | protocol
other:unique | constitution
agreement:weak,intl,det | deal
agreement:plural,intl | agreements | accords | treaties
law:topic | amnesty | amendments | amendment
concept:policy | policy

[ru]
law | закон | закона | закону | законом | законе | zakon | zakona | zakonom
code | кодекс | кодекса | кодексу | кодексом | кодексе | kodeks | kodeksa
decree | указ | указа | указу | указом | указе | ukaz | ukaza | ukazom
resolution | постановление | постановления | постановлению | постановлением | постановлении | postanovleniye | postanovlenie | postanovleniya | postanovleniyem
order | распоряжение | распоряжения | распоряжению | распоряжением | распоряжении | rasporyazheniye | rasporyazhenie | rasporyazheniya
order | приказ | приказа | приказу | приказом | приказе | prikaz | prikaza
decision:weak | решение | решения | решению | решением | resheniye | resheniya
concept | концепция | концепции | концепцию | концепцией | kontseptsiya | kontseptsii | kontseptsiyu
strategy | стратегия | стратегии | стратегию | стратегией | strategiya | strategii
programme | программа | программы | программе | программу | программой | programma | programmy
agreement:weak,intl | соглашение | соглашения | соглашению | соглашением | соглашении | soglasheniye | soglashenie | soglasheniya
agreement:weak,intl | договор | договора | договору | договором | договоре | dogovor | dogovora
convention:intl | конвенция | конвенции | конвенцию | конвенцией | konventsiya | konventsii
other:weak | декларация | декларации | декларацию | декларацией | правила | правил | правилами
agreement:weak,intl | протокол | протокола | протоколом
other:weak | меморандум | меморандума | меморандуме | хартия | хартии | директива | директивы | директиву | устав | устава
other:unique | конституция | конституции | конституцию | конституцией
agreement:plural,intl | соглашений | соглашениями | соглашениях | договоры | договоров | договорами
law:topic | амнистия | амнистии | амнистию | амнистией | поправки | поправок | поправками
concept:policy | политика | политики | политику | политикой

[kk]
law | заң | заңы | заңын | заңына | заңында | заңымен | заңының | заңға | заңда
code | кодексі | кодексін | кодексіне | кодексінде | кодексінің | кодекспен
decree | жарлық | жарлығы | жарлығын | жарлығына | жарлығында | жарлығымен | жарлығының
resolution | қаулы | қаулысы | қаулысын | қаулысына | қаулысында | қаулысымен | қаулысының
order | өкім | өкімі | өкімін | өкіміне | өкімінде | өкімімен | өкімінің
order | бұйрық | бұйрығы | бұйрығын | бұйрығына | бұйрығында | бұйрығымен | бұйрығының
decision:weak | шешім | шешімі | шешімін | шешіміне | шешімімен
concept | тұжырымдама | тұжырымдамасы | тұжырымдамасын | тұжырымдамасына | тұжырымдамасында | тұжырымдамасымен | тұжырымдамасының | тұжырымдаманы
strategy | стратегиясы | стратегиясын | стратегиясына | стратегиясында | стратегиясымен | стратегиясының | стратегияны
programme | бағдарлама | бағдарламасы | бағдарламасын | бағдарламасына | бағдарламасында | бағдарламасымен | бағдарламасының
agreement:weak,intl | келісім | келісімі | келісімін | келісімге | келісімде | келісімі | келісімнің | келісімді | келісімнен | келісіміне
convention:intl | конвенциясы | конвенциясын | конвенцияға | конвенциясына | конвенциясының
other:weak | декларацияны | декларацияға | декларациясы | декларациясын
agreement:weak,intl | хаттама | хаттамасы | хаттаманы | хаттамаға | хаттамасын | хаттамасына | хаттамасында | хаттамада
other:weak | меморандумы | меморандумын | меморандумға | меморандумды | меморандумына | меморандумында
other:weak | қағидалары | қағидаларын | қағидаларына | қағидаларында | қағидаларының | қағидаларымен | қағидасы
other:unique | конституциясы | конституциясын | конституциясына | конституциясында | конституциясының | конституцияға | конституцияны
agreement:plural,intl | келісімдер | келісімдерге | келісімдерді | келісімдерін | келісімдерде | келісімдерінің | келісімдердің
law:topic | рақымшылық | рақымшылығы | рақымшылығын | рақымшылығына | рақымшылыққа | рақымшылықты | рақымшылығының | түзетулер | түзетулерге | түзетулерді | түзетулердің
concept:policy | саясаты | саясатын | саясатына | саясатында | саясатының

[sl]
law | zakonu | zakonik | zakonika
decree | uredba | uredbe | uredbi | uredbo | odlok | odloka | odloku | odlokom
order | pravilnik | pravilnika | pravilniku | pravilnikom
decision:weak | sklep | sklepa | sklepu | sklepom
resolution | resolucija | resolucije | resoluciji | resolucijo
concept | koncept | koncepta | konceptu | konceptom | koncepcija | koncepcije | koncepciji | koncepcijo
strategy | strategija | strategije | strategiji | strategijo
programme:weak | programa | programu | programom
agreement:weak,intl | sporazum | sporazuma | sporazumu | sporazumom
convention:intl | konvencija | konvencije | konvenciji | konvencijo
other:weak | deklaracija | deklaracije | deklaraciji | deklaracijo | direktiva | direktive | direktivi | direktivo
agreement:weak,intl | protokol | protokola | protokolu
other:unique | ustava | ustave | ustavi | ustavo
agreement:plural,intl | sporazumi | sporazumov | sporazume | sporazumih
law:topic | amnestija | amnestije | amnestiji | amnestijo
concept:policy | politika | politike | politiki | politiko
