# Act type words. Sections are languages ([en], [ru], [kk], [sl]; Russian
# transliterated in Latin letters goes under [ru]).
#
#   type[:flag,...] | form | form ...
#
# type is one of: law code decree resolution decision order concept strategy
# programme agreement convention other. Forms are case-folded surface forms
# (singular only: plurals such as "laws" or "заңдар" are generic and never
# name one act). Flags:
#   weak   the word is common outside legal usage ("order", "decision",
#          "act"): it needs a number, a quoted title, a date or a capitalised
#          name to count as a mention.
#   intl   an international instrument (treaties, conventions): the
#          jurisdiction defaults to int.
#   unique one act of its kind per jurisdiction (a constitution): the
#          jurisdiction alone identifies it.
[en]
law | law
code | code
decree | decree
decree:weak | ordinance
resolution | resolution
decision:weak | decision
order:weak | order | directive
concept | concept
strategy | strategy
programme | programme
programme:weak | program
agreement:weak,intl | agreement | accord
agreement:intl | treaty
agreement:weak,intl | compact
convention:intl | convention
law:weak | act
other:weak | protocol | declaration | rules | regulation | charter | memorandum
other:unique | constitution

[ru]
law | закон | закона | закону | законом | законе | zakon | zakona | zakonu | zakonom
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
other:weak | декларация | декларации | декларацию | декларацией | правила | протокол | протокола | протоколом
other:unique | конституция | конституции | конституцию | конституцией

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
other:weak | декларацияны | декларацияға | декларациясы | декларациясын | хаттама | хаттамасы
other:unique | конституциясы | конституциясын | конституциясына | конституциясында

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
other:weak | deklaracija | deklaracije
other:unique | ustava | ustave | ustavi | ustavo
