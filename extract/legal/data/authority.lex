# Issuing authorities: authority | phrase | phrase ...
# Phrases follow the same rules as in juris.lex (lower case: any case; "*":
# stem). "ministry" phrases take the words that follow up to the
# jurisdiction ("Ministry of Labor and Social Protection of Population of the
# Republic of Kazakhstan" → "ministry of labor and social protection of
# population").
[authorities]
president | presidential | president | президента | президентом | президентінің | президенті | prezidenta | predsednika | predsednik
government | government | governmental | cabinet of ministers | cabinet | правительства | правительством | правительственн* | кабинета министров | кабинетом министров | үкіметінің | үкіметі | министрлер кабинетінің | pravitelstva | vlade | vlada | vladna
parliament | parliament | parliamentary | jogorku kenesh | mazhilis | oliy majlis | парламента | жогорку кенеша | мажилиса | парламентінің | мәжілісінің | državnega zbora | državni zbor
ministry | ministry | minister | ministerial | министерства | министра | министрлігінің | министрінің | ministrstva | ministra | ministrstvo
