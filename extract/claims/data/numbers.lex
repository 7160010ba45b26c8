# Number words, scales, units and approximation words of the claim extractor.
#
# A phrase is one or more words, case-folded; a word ending in "*" matches
# any word it starts ("процент*" matches процентов). Punctuation in a phrase
# ("тыс.", "US$") must be printed as written. Language "*" is any language.

# [cardinal] lang | value | words...: number words that state a count.
[cardinal]
en | 1 | one
en | 2 | two
en | 3 | three
en | 4 | four
en | 5 | five
en | 6 | six
en | 7 | seven
en | 8 | eight
en | 9 | nine
en | 10 | ten
en | 11 | eleven
en | 12 | twelve
en | 13 | thirteen
en | 14 | fourteen
en | 15 | fifteen
en | 16 | sixteen
en | 17 | seventeen
en | 18 | eighteen
en | 19 | nineteen
en | 20 | twenty
en | 30 | thirty
en | 40 | forty
en | 50 | fifty
en | 60 | sixty
en | 70 | seventy
en | 80 | eighty
en | 90 | ninety
en | 100 | hundred | a hundred | one hundred
ru | 1 | один | одна | одно | одного | одной | одному
ru | 2 | два | две | двух | двум | двумя
ru | 3 | три | трех | трёх | трем | трём | тремя
ru | 4 | четыре | четырех | четырёх | четырем | четырьмя
ru | 5 | пять | пяти | пятью
ru | 6 | шесть | шести
ru | 7 | семь | семи
ru | 8 | восемь | восьми
ru | 9 | девять | девяти
ru | 10 | десять | десяти
ru | 11 | одиннадцать | одиннадцати
ru | 12 | двенадцать | двенадцати
ru | 15 | пятнадцать | пятнадцати
ru | 20 | двадцать | двадцати
ru | 30 | тридцать | тридцати
ru | 40 | сорок | сорока
ru | 50 | пятьдесят | пятидесяти
ru | 100 | сто | ста
kk | 1 | бір
kk | 2 | екі | екеу | екеуі
kk | 3 | үш | үшеу | үшеуі
kk | 4 | төрт | төртеу | төртеуі
kk | 5 | бес | бесеу | бесеуі
kk | 6 | алты
kk | 7 | жеті
kk | 8 | сегіз
kk | 9 | тоғыз
kk | 10 | он
kk | 20 | жиырма
kk | 30 | отыз
kk | 40 | қырық
kk | 50 | елу
kk | 60 | алпыс
kk | 70 | жетпіс
kk | 80 | сексен
kk | 90 | тоқсан
kk | 100 | жүз
sl | 1 | en | ena | eno | enega | eni
sl | 2 | dva | dve | dveh | dvema
sl | 3 | tri | trije | treh | trem
sl | 4 | štiri | štirje | štirih
sl | 5 | pet | petih
sl | 6 | šest | šestih
sl | 7 | sedem | sedmih
sl | 8 | osem | osmih
sl | 9 | devet | devetih
sl | 10 | deset | desetih
sl | 11 | enajst
sl | 12 | dvanajst
sl | 13 | trinajst
sl | 14 | štirinajst
sl | 15 | petnajst
sl | 20 | dvajset
sl | 30 | trideset
sl | 100 | sto

# [scale] lang | name | factor | words...: scale words after a number.
[scale]
en | thousand | 1e3 | thousand
en | million | 1e6 | million | mln
en | billion | 1e9 | billion | bln | bn
en | trillion | 1e12 | trillion | trn
ru | thousand | 1e3 | тыс. | тыс | тысяча | тысячи | тысяч | тысячу | тысячами
ru | million | 1e6 | млн. | млн | миллион | миллиона | миллионов | миллионе
ru | billion | 1e9 | млрд. | млрд | миллиард | миллиарда | миллиардов
ru | trillion | 1e12 | трлн. | трлн | триллион | триллиона | триллионов
kk | thousand | 1e3 | мың* | мыңнан
kk | million | 1e6 | млн. | млн | миллион*
kk | billion | 1e9 | млрд. | млрд | миллиард*
kk | trillion | 1e12 | трлн | триллион*
sl | thousand | 1e3 | tisoč | tisoče | tisočev | tis. | tis
sl | million | 1e6 | milijon | milijona | milijone | milijonov | milijoni | mio. | mio
sl | billion | 1e9 | milijarda | milijardi | milijarde | milijard | mrd. | mrd

# [fraction] lang | value | phrases...: a part of a whole (unit "share").
[fraction]
en | 0.5 | half
en | 0.333333333333 | a third | one third | one-third
en | 0.666666666667 | two-thirds | two thirds
en | 0.25 | a quarter | one quarter | one-quarter | a fourth | one fourth
en | 0.75 | three quarters | three-quarters
en | 0.2 | a fifth | one fifth | one-fifth
en | 0.1 | a tenth | one tenth | one-tenth
ru | 0.5 | половина | половины | половину | половиной | половине
ru | 0.333333333333 | треть | трети | третью
ru | 0.666666666667 | две трети | двух третей
ru | 0.25 | четверть | четверти
ru | 0.2 | пятая часть | пятую часть | пятой части
kk | 0.5 | жартысы | жартысын | жартысына | жартысынан | жартысында | жартысының
kk | 0.333333333333 | үштен бірі | үштен бірін | үштен біріне | үштен бірінен | үштен бірінің
kk | 0.666666666667 | үштен екісі | үштен екісін | үштен екісіне
kk | 0.25 | төрттен бірі | төрттен бірін | төрттен біріне
kk | 0.2 | бестен бірі | бестен бірін
sl | 0.5 | polovica | polovico | polovice | polovici
sl | 0.333333333333 | tretjina | tretjino | tretjine | tretjini
sl | 0.666666666667 | dve tretjini | dveh tretjin
sl | 0.25 | četrtina | četrtino | četrtine
sl | 0.2 | petina | petino | petine

# [multiplier] lang | value | words...: a ratio stated by one word (unit "times").
[multiplier]
en | 2 | twice | doubled | doubling | twofold | two-fold
en | 3 | tripled | tripling | trebled | threefold | three-fold | thrice
en | 4 | quadrupled | fourfold | four-fold
en | 5 | fivefold | five-fold
en | 10 | tenfold | ten-fold
en | 0.5 | halved | halving
ru | 2 | вдвое | удвоил* | удвоен*
ru | 3 | втрое | утроил*
ru | 4 | вчетверо
ru | 0.5 | сократилось вдвое | сократился вдвое | сократилась вдвое | уменьшилось вдвое
kk | 2 | екі еселенді | екі еселеніп
sl | 2 | dvakrat | podvojil*
sl | 3 | trikrat | potrojil*
sl | 0.5 | prepolovil*

# [times] lang | words...: the unit "times" after a number (7.4 times, 3-fold).
[times]
en | times | fold | -fold
ru | раз | раза | кратн*
kk | есе | есеге | еседен | есесі | есеге дейін
sl | krat | -krat | kratn*

# [percent] lang | words...: the unit "percent" after a number.
[percent]
* | %
en | percent | per cent | pct | percentage point | percentage points | p.p. | pp
ru | процент* | п.п. | п. п. | процентных пункт*
kk | пайыз* | пайыздық
sl | odstot* | odstotn* točk*

# [currency] code | lang | words...: currency symbols, codes and names.
[currency]
USD | * | $ | us$ | usd
USD | en | dollar | dollars | us dollars
USD | ru | доллар* | долл. | долл | долларов сша
USD | kk | доллар*
USD | sl | dolar*
EUR | * | € | eur
EUR | en | euro | euros
EUR | ru | евро
EUR | kk | еуро | евро
EUR | sl | evr* | euro*
RUB | * | ₽ | rub
RUB | en | rouble* | ruble*
RUB | ru | рубл* | руб. | руб
RUB | kk | рубль* | рубльге | рубльден
RUB | sl | rubl*
KZT | * | ₸ | kzt
KZT | en | tenge
KZT | ru | тенге
KZT | kk | теңге*
KZT | sl | tenge* | tengejev
KGS | * | kgs
KGS | en | som | soms
KGS | ru | сом | сомов | сома
KGS | kk | сом
KGS | sl | som | somov
UZS | * | uzs
UZS | en | sum | sums | so'm | soum | soums
UZS | ru | сум | сумов | сума
UZS | kk | сум
TJS | * | tjs
TJS | en | somoni
TJS | ru | сомони
TJS | kk | сомони
GBP | * | £ | gbp
GBP | en | pound | pounds | pounds sterling
CNY | * | cny | yuan

# [duration] unit | lang | words...: time units after a number.
[duration]
days | en | day | days
weeks | en | week | weeks
months | en | month | months
years | en | year | years
days | ru | день | дня | дней | сутки | суток
weeks | ru | неделя | недели | недель | неделю
months | ru | месяц | месяца | месяцев
years | ru | год | года | лет
days | kk | күн | күнге | күнде | күнді | күндік | күн ішінде
weeks | kk | апта | аптаға
months | kk | ай | айға | айда | айлық
years | kk | жыл | жылға | жылда | жылдық | жыл мерзімге | жылдан
days | sl | dan | dni | dneva | dnevi | dnevih
weeks | sl | teden | tedna | tedne | tednov
months | sl | mesec | meseca | mesece | mesecev
years | sl | leto | leti | leta | let | letih

# [approx-before] kind | lang | phrases...: words before a number.
# Kinds: almost [v*0.95, v], about [v*0.95, v*1.05], over [v, v*1.05],
# under [v*0.95, v], upto [0, v], atleast [v, v*1.05], exact.
[approx-before]
almost | en | almost | nearly | close to | approaching | approached | nearing | just under | not quite | just shy of
about | en | about | approximately | approx. | approx | around | roughly | some | circa | c. | ca. | an estimated | estimated at | ~ | ≈
over | en | over | more than | above | exceeding | exceeded | in excess of | upwards of | well over | just over | slightly more than | slightly over | over than | surpassing | surpassed | topped | > | greater than | higher than
under | en | under | less than | below | fewer than | slightly less than | < | lower than | no more than | not more than | at most | a maximum of
upto | en | up to | as many as | as much as | maximum of
atleast | en | at least | no less than | not less than | no fewer than | a minimum of | minimum of
almost | ru | почти | без малого | чуть менее | около почти
about | ru | около | примерно | порядка | приблизительно | ориентировочно | приблизительно в | около чем
over | ru | более | свыше | больше | более чем | больше чем | превышает | превысил | превысила | превысило | превысили | сверх
under | ru | менее | меньше | менее чем | меньше чем | не более | не более чем | не больше
upto | ru | до
atleast | ru | не менее | не меньше | как минимум | минимум | по меньшей мере
almost | kk | жуық | жуықтайды
about | kk | шамамен | шамасы | шамамен алғанда | мөлшермен
over | kk | астам | аса | артық | асатын | асады | асты
atleast | kk | кемінде | кем дегенде | ең кемі
almost | sl | skoraj | blizu | domala
about | sl | približno | okoli | okrog | pribl. | cca. | cca
over | sl | več kot | nad | preko | prek | čez | dobrih | več od
under | sl | manj kot | pod | manj od | največ
upto | sl | do | vse do
atleast | sl | vsaj | najmanj | najmanj pa

# [approx-after] kind | lang | phrases...: words after the number and its unit.
[approx-after]
over | en | or more | plus | and more | and above | or above
about | en | or so
over | ru | с лишним | и более | или более
almost | kk | жуық | таяу | жақын
over | kk | астам | аса | артық | асты | асып | асатын | асып түсті | жоғары
under | kk | кем | аз | төмен
atleast | kk | кем емес | кем болмайтын
upto | kk | дейін | шейін
over | sl | ali več | in več
