# Month names: month number | names (case-folded; a trailing dot is ignored).
# Sections are languages; a name may appear in several languages only with
# the same number (checked at load).
[en]
1 | january | jan
2 | february | feb
3 | march | mar
4 | april | apr
5 | may
6 | june | jun
7 | july | jul
8 | august | aug
9 | september | sep | sept
10 | october | oct
11 | november | nov
12 | december | dec
[ru]
1 | январь | января | янв
2 | февраль | февраля | фев | февр
3 | март | марта | мар
4 | апрель | апреля | апр
5 | май | мая
6 | июнь | июня | июн
7 | июль | июля | июл
8 | август | августа | авг
9 | сентябрь | сентября | сент | сен
10 | октябрь | октября | окт
11 | ноябрь | ноября | нояб | ноя
12 | декабрь | декабря | дек
[kk]
1 | қаңтар | қаңтардағы
2 | ақпан | ақпандағы
3 | наурыз | наурыздағы
4 | сәуір | сәуірдегі
5 | мамыр | мамырдағы
6 | маусым | маусымдағы
7 | шілде | шілдедегі
8 | тамыз | тамыздағы
9 | қыркүйек | қыркүйектегі
10 | қазан | қазандағы
11 | қараша | қарашадағы
12 | желтоқсан | желтоқсандағы
[sl]
1 | januar | januarja
2 | februar | februarja
3 | marec | marca
4 | aprila
5 | maj | maja
6 | junij | junija
7 | julij | julija
8 | avgust | avgusta
9 | septembra
10 | oktober | oktobra
11 | novembra
12 | decembra
[ru-latn]
1 | yanvar | yanvarya
2 | fevral | fevralya
3 | mart | marta
4 | aprel | aprelya
5 | maya
6 | iyun | iyunya
7 | iyul | iyulya
8 | avgusta
9 | sentyabr | sentyabrya
10 | oktyabr | oktyabrya
11 | noyabr | noyabrya
12 | dekabr | dekabrya
[fr]
1 | janvier | janv
2 | février | fevrier | févr
3 | mars
4 | avril | avr
5 | mai
6 | juin
7 | juillet | juil
8 | août | aout
9 | septembre
10 | octobre
11 | novembre
12 | décembre
[de]
1 | januar | jänner
2 | februar
3 | märz
4 | april
5 | mai
6 | juni
7 | juli
8 | august
9 | september
10 | oktober | okt
11 | november
12 | dezember | dez
[es-pt-it]
1 | enero | janeiro | gennaio
2 | febrero | fevereiro | febbraio
3 | marzo | março
4 | abril | aprile
5 | mayo | maio | maggio
6 | junio | junho | giugno
7 | julio | julho | luglio
8 | agosto
9 | septiembre | setembro | settembre
10 | octubre | outubro | ottobre
11 | noviembre | novembro
12 | diciembre | dezembro | dicembre
