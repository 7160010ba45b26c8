# Month names: month number | case-folded forms. Kazakh forms in [kk-stems]
# are stems: any word that starts with one (шілдедегі, қарашада) is the month.
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
1 | январь | января | january | yanvarya
2 | февраль | февраля | fevralya
3 | март | марта | marta
4 | апрель | апреля | aprelya
5 | май | мая | maya
6 | июнь | июня | iyunya
7 | июль | июля | iyulya
8 | август | августа | avgusta
9 | сентябрь | сентября | sentyabrya
10 | октябрь | октября | oktyabrya
11 | ноябрь | ноября | noyabrya
12 | декабрь | декабря | dekabrya
[sl]
1 | januar | januarja
2 | februar | februarja
3 | marec | marca
4 | april | aprila
5 | maj | maja
6 | junij | junija
7 | julij | julija
8 | avgust | avgusta
9 | september | septembra
10 | oktober | oktobra
11 | november | novembra
12 | december | decembra
[kk-stems]
1 | қаңтар
2 | ақпан
3 | наурыз
4 | сәуір
5 | мамыр
6 | маусым
7 | шілде
8 | тамыз
9 | қыркүйек
10 | қазан
11 | қараша
12 | желтоқсан
