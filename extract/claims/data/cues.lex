# Cue words of the claim extractor: what makes a number a label rather than a
# quantity, time words, hedges, qualifiers and the small words that tie a
# number to its subject. Phrases as in numbers.lex ("*" ends a prefix word;
# language "*" is any language).

# [label-before] lang | phrases: a number right after these is a label
# (figure, table, page, section, law or grant number, phone), not a claim.
[label-before]
en | figure | fig. | fig | figures | table | tables | tab. | chart | graph | map | diagram | page | pages | p. | pp. | vol. | vol | volume | no. | nos. | issue | iss. | article | art. | section | sect. | sec. | chapter | ch. | paragraph | para. | clause | appendix | annex | grant | item | note | footnote | equation | eq. | part | point | step | box | model | scenario | wave | round | phase | stage | level | grade | class | tier | cohort | group | version | edition | ed. | issn | isbn | eissn | orcid | doi | cobiss | tel. | tel | fax | phone | telephone | mob. | code | zip | postcode | pob | p. p. | id | no | law | decree | resolution | order | act | regulation | decision | protocol | convention | rule | room | office | building | street | st. | route | highway | flight | tariff | index | rank | ranked | ranking | top | place | position | number one
ru | рис. | рис | рисунок | рисунке | рисунка | табл. | табл | таблица | таблице | таблицы | таблицу | схема | график | диаграмма | стр. | стр | с. | т. | том | вып. | выпуск | № | н | ст. | статья | статьи | статье | статьей | п. | пункт | пункта | ч. | часть | гл. | глава | раздел | раздела | приложение | приложения | закон | закона | постановление | постановления | указ | указа | приказ | распоряжение | тел. | тел | факс | код | индекс | этап | волна | место | топ | группа | класс | уровень
kk | сурет | суретте | кесте | кестеде | б. | бет | бап | бабы | бабының | тарау | бөлім | тармақ | тармағы | заң | заңы | қаулы | қаулысы | жарлық | жарлығы | бұйрық | № | тел. | тел | топ | кезең | деңгей | орын
sl | slika | sliki | slike | tabela | tabeli | preglednica | preglednici | graf | grafikon | str. | str | št. | št | člen | člena | členu | točka | točke | poglavje | poglavja | zvezek | letnik | leto izdaje | tel. | tel | faks | zakon | zakona | uredba | odlok | sklep | faza | stopnja | mesto

# [label-after] lang | phrases: a number followed by these (often after a
# hyphen) is a label, an ordinal or an adjective, not a claim.
[label-after]
en | st | nd | rd | th | s | page | pages | century | centuries | anniversary | edition | place | percentile | storey | member | year-old | years-old | year old | years old | digit | point scale | hour day | o'clock | am | pm
ru | й | го | м | х | е | я | ый | ий | ой | ая | ое | ые | ых | ом | ому | век | века | веке | веков | место | летия | летний | летнего | летняя | годовщина | страниц* | стр.
kk | кесте | кестеде | кестеге | кестесі | сурет | суретте | суреті | бап | бабы | бабына | тарау | бөлім | ші | шы | інші | ыншы | ншы | нші | ғасыр | ғасырдың | ғасырда | ғасырға | жасқа | жастағы | жастан | жас | жасар | беттік | бет | бетте
sl | stoletje | stoletja | stoletju | ih | tih | ega | em | i | a | o | letni | letnega | letnik | stran | strani | strani
# [month] lang | number | names
[month]
en | 1 | january | jan. | jan
en | 2 | february | feb. | feb
en | 3 | march | mar.
en | 4 | april | apr. | apr
en | 5 | may
en | 6 | june | jun.
en | 7 | july | jul.
en | 8 | august | aug. | aug
en | 9 | september | sept. | sep. | sept
en | 10 | october | oct. | oct
en | 11 | november | nov. | nov
en | 12 | december | dec. | dec
ru | 1 | январь | января | январе | январю | январем | янв.
ru | 2 | февраль | февраля | феврале | февралю | фев. | февр.
ru | 3 | март | марта | марте | марту
ru | 4 | апрель | апреля | апреле | апр.
ru | 5 | май | мая | мае
ru | 6 | июнь | июня | июне
ru | 7 | июль | июля | июле
ru | 8 | август | августа | августе | авг.
ru | 9 | сентябрь | сентября | сентябре | сент.
ru | 10 | октябрь | октября | октябре | окт.
ru | 11 | ноябрь | ноября | ноябре | нояб.
ru | 12 | декабрь | декабря | декабре | дек.
kk | 1 | қаңтар*
kk | 2 | ақпан*
kk | 3 | наурыз*
kk | 4 | сәуір*
kk | 5 | мамыр*
kk | 6 | маусым | маусымда | маусымы | маусымына | маусымнан | маусымның | маусымға | маусымдағы
kk | 7 | шілде*
kk | 8 | тамыз*
kk | 9 | қыркүйек*
kk | 10 | қазан | қазанда | қазаны | қазанына | қазаннан | қазанның | қазанға | қазандағы
kk | 11 | қараша*
kk | 12 | желтоқсан*
sl | 1 | januar | januarja | januarju
sl | 2 | februar | februarja | februarju
sl | 3 | marec | marca | marcu
sl | 4 | april | aprila | aprilu
sl | 5 | maj | maja | maju
sl | 6 | junij | junija | juniju
sl | 7 | julij | julija | juliju
sl | 8 | avgust | avgusta | avgustu
sl | 9 | september | septembra | septembru
sl | 10 | oktober | oktobra | oktobru
sl | 11 | november | novembra | novembru
sl | 12 | december | decembra | decembru

# [year-word] lang | words printed after a year (2013 жылы, в 2021 году).
[year-word]
en | year
ru | год | году | года | годах | годы | годов | гг. | гг | г. | г
kk | жыл | жылы | жылғы | жылдың | жылдан | жылға | жылда | жылдар | жылдары | жылдардағы | жылдардың | жылдарда | жылдарға | жж. | ж.
sl | leto | leta | letu | letih | l.

# [decade-word] lang | words after a year that make it a decade (1990 жылдардағы).
[decade-word]
ru | годы | годах | годов | гг. | гг
kk | жылдар | жылдары | жылдардағы | жылдардың | жылдарда | жылдарға | жылдардан
sl | letih | leta

# [decade-part] lang | part (1 early, 2 mid, 3 late) | phrases before a decade
# ("the mid-2000s", "в середине 2000-х"), in Kazakh after it ("2000
# жылдардың ортасында"): years 0–3, 4–6, 7–9 of the decade.
[decade-part]
en | 1 | early | the early | beginning of the | the beginning of the | start of the
en | 2 | mid | the mid | middle of the | the middle of the
en | 3 | late | the late | end of the | the end of the
ru | 1 | начале | в начале | начала
ru | 2 | середине | в середине | середины
ru | 3 | конце | в конце | конца
kk | 1 | басында | басындағы | басы
kk | 2 | ортасында | ортасындағы | орта шенінде | ортасы
kk | 3 | соңында | соңындағы | аяғында | соңы
sl | 1 | začetku | v začetku | zgodnjih
sl | 2 | sredini | v sredini | sredi
sl | 3 | koncu | ob koncu | poznih

# [year-start] lang | phrases before a year (in Kazakh after "жылдың") that
# date a figure at the year's first month ("at the beginning of 2025": a
# stock as of January, not the year's figure).
[year-start]
en | beginning of | the beginning of | start of | the start of
ru | начало | начале | на начало | в начале
kk | басында | басындағы | басына
sl | začetku | v začetku | začetek

# [year-before] lang | words before a year that make it a date (in 2023).
[year-before]
en | in | since | by | until | till | from | of | during | for | to | through | after | before | between | and | year | early | late | mid | end of | beginning of | start of | as of
ru | в | во | с | до | к | по | от | за | году | года | летом | зимой | осенью | весной | начале | конце | середине
kk | 
sl | v | leta | letu | od | do | po | pred | med | iz | in | za

# [half] lang | half (1 or 2) | phrases: half-years.
[half]
en | 1 | first half | h1 | first six months
en | 2 | second half | h2 | last six months
ru | 1 | первое полугодие | первом полугодии | первого полугодия | первое полугодие
ru | 2 | второе полугодие | втором полугодии | второго полугодия
kk | 1 | бірінші жартыжылдық* | бірінші жарты жылдық* | бірінші жартысында | бірінші жартысы | бірінші жарты жылында | алғашқы жартысында
kk | 2 | екінші жартыжылдық* | екінші жарты жылдық* | екінші жартысында | екінші жартысы
sl | 1 | prvi polovici | prva polovica | prve polovice | prvem polletju | prvo polletje
sl | 2 | drugi polovici | druga polovica | druge polovice | drugem polletju

# [relative-year] lang | offset | phrases: years relative to the text's date.
[relative-year]
en | -1 | last year | previous year | the previous year | the past year | a year earlier | a year ago
en | 0 | this year | the current year | current year
en | 1 | next year | the coming year
ru | -1 | в прошлом году | прошлом году | прошлого года | в предыдущем году
ru | 0 | в этом году | этом году | в текущем году | текущем году | текущего года | нынешнем году
ru | 1 | в следующем году | следующем году
kk | -1 | өткен жылы | былтыр | өткен жылғы | өткен жылдың | өткен жылмен
kk | 0 | биыл | осы жылы | ағымдағы жылы | биылғы
kk | 1 | келесі жылы
sl | -1 | lani | lansko leto | preteklo leto | lanskem letu | preteklem letu
sl | 0 | letos | letošnje leto | letošnjem letu | tekoče leto
sl | 1 | naslednje leto | prihodnje leto

# [same-period] lang | phrases: the period of the sentence before.
[same-period]
en | the same year | that year | the same period | the same time | same year | same period
ru | в том же году | в тот же период | в этот же период | за тот же период
kk | сол жылы | сол жылдың | сол кезеңде | осы кезеңде
sl | istega leta | istem letu | istem obdobju

# [open-time] lang | phrases that set a time frame of their own that no year
# resolves ("in recent years", "today", "the latest data"): the sentence does
# not inherit the period of the sentence before.
[open-time]
en | now | the latest data | latest data | the latest figures | in recent years | over recent years | in the recent years | recent years | recently | currently | today | nowadays | at present | presently | at the moment | in the past decade | over the past decade | in the last decade | over the last decade | in recent decades | over the past years | in the past years | over the last years
ru | по последним данным | последние данные | по последней информации | в последние годы | за последние годы | в последнее время | сегодня | на сегодняшний день | в настоящее время | ныне | сейчас | за последнее десятилетие | в последнее десятилетие
kk | соңғы деректер бойынша | соңғы мәліметтер бойынша | соңғы деректерге сәйкес | соңғы жылдары | соңғы жылдардағы | соңғы уақытта | қазіргі уақытта | қазіргі кезде | бүгінде | бүгінгі таңда | қазір | соңғы онжылдықта
sl | zdaj | po zadnjih podatkih | najnovejši podatki | v zadnjih letih | zadnja leta | v zadnjem času | danes | trenutno | sedaj | v zadnjem desetletju

# [baseline] lang | phrases: the year after (or, in Kazakh, before) these is a
# comparison base, not the claim's period.
[baseline]
en | compared to | compared with | in comparison with | relative to | than in | than | versus | vs. | vs
ru | по сравнению с | в сравнении с | относительно | против | чем в
kk | салыстырғанда | қарағанда
sl | v primerjavi z | v primerjavi s | glede na | kot leta

# [relative-baseline] lang | years back | phrases naming the base of a change
# relative to the year it reaches ("By 2020, ... had dwindled by over half
# from the preceding decade" → 2010–2020).
[relative-baseline]
en | 10 | from the preceding decade | from the previous decade | compared to the previous decade | compared with the previous decade | than in the previous decade | from a decade earlier | than a decade earlier | from ten years earlier
en | 5 | from five years earlier | than five years earlier
ru | 10 | по сравнению с предыдущим десятилетием | по сравнению с прошлым десятилетием | за десятилетие
kk | 10 | алдыңғы онжылдықпен салыстырғанда | өткен онжылдықпен салыстырғанда
sl | 10 | v primerjavi s prejšnjim desetletjem | glede na prejšnje desetletje

# [since] lang | phrases before a year: "since 2015" starts an open period.
[since]
en | since | starting from | as from
ru | с | начиная с
kk | бастап
sl | od | vse od

# [age] lang | phrases before a number that make it an age.
[age]
en | aged | age | ages | age of | ages of | age group | age bracket | year-olds | under the age of | over the age of
ru | возрасте | возраст | возраста | старше | моложе | лет от роду
kk | жастағы | жаста | жасқа | жастан | жасар
sl | starosti | starost | star | stari | stare | letnik

# [past] lang | phrases before a duration that make it a time reference
# ("over the past five years"), not a claim.
[past]
en | past | last | next | previous | recent | coming | preceding | following | over the past | in the past | for the past | within | within the
ru | последние | последних | ближайшие | ближайших | прошедшие | следующие | предыдущие | за последние | в течение
kk | соңғы | алдағы | өткен | кейінгі | ішінде | бойы
sl | zadnjih | zadnja | naslednjih | preteklih | prihodnjih

# [ago] lang | phrases after a duration that make it a time reference.
[ago]
en | ago | later | earlier | before | after | old | of age | span | period | term | long | earlier than
ru | назад | тому назад | спустя | позже | раньше | ранее
kk | бұрын | кейін | бойы | ішінде | өткен соң
sl | nazaj | pozneje | kasneje | prej

# [hedge] lang | phrases: the figure is uncertain or projected.
[hedge]
en | may | might | could | estimated | estimate | estimates | an estimated | potentially | possibly | likely | probably | reportedly | allegedly | expected | projected | forecast | forecasts | believed | is believed | suggest | suggests | presumably | would | perhaps | predicted | assumed | speculated
ru | может | могут | мог | могло | могли | по оценкам | по оценке | оценочн* | предположительно | вероятно | возможно | ожидается | прогноз* | по прогнозам | якобы | по некоторым данным
kk | мүмкін | болжам* | шамалап | бағалау бойынша | бағалауынша | ықтимал | болуы мүмкін
sl | lahko | morda | verjetno | ocen* | predvidoma | naj bi | domnevno

# [qualifier] label | lang | phrases: definition words that matter when two
# figures are compared.
[qualifier]
registered | en | registered | registration | officially registered
registered | ru | зарегистрирован* | на учете | учтенн*
registered | kk | тіркелген* | тіркелді | тіркеуге | есепке алынған
registered | sl | registrira* | prijavljen*
official | en | official | officially | official data | official statistics
official | ru | официальн*
official | kk | ресми*
official | sl | uradn*
estimated | en | estimated | estimate | estimates | an estimated | unofficial | unofficially
estimated | ru | по оценкам | оценк* | неофициальн*
estimated | kk | бағалау* | бейресми*
estimated | sl | ocen* | neuradn*
survey | en | survey | surveys | surveyed | respondents | respondent | poll | polled | interviewed | interviews
survey | ru | опрос* | респондент* | анкетирован*
survey | kk | сауалнама* | респондент* | сауал*
survey | sl | anket* | anketiran*
census | en | census
census | ru | перепис*
census | kk | санақ*
census | sl | popis*

# [respectively] lang | phrases
[respectively]
en | respectively | in that order
ru | соответственно
kk | тиісінше | сәйкесінше
sl | oziroma | zaporedoma | po vrsti

# [determiner] lang | words before a number word that make it a reference to
# a known set ("the three countries"), not a count.
[determiner]
en | the | these | those | all | both | its | their | his | her | our | my | each | every | other | another | any | remaining | which | whose | first | last | top
ru | эти | этих | все | всех | оба | обе | остальные | другие | других | каждый | эти же
kk | осы | бұл | сол | барлық | басқа | әр | әрбір | барша | өзге | ол
sl | ti | te | vse | vsi | vseh | oba | obe | ostali | drugi | drugih | vsak

# [stop] lang | words that are never the noun counted by a number.
[stop]
en | to | in | of | and | or | from | for | by | at | on | with | as | than | per | between | the | a | an | is | are | was | were | be | been | has | have | had | will | would | which | that | this | these | those | while | but | nor | so | into | over | under | out | up | down | since | until | till | during | after | before | through | against | among | within | without | about | around | across | versus | vs | i.e. | e.g. | it | they | we | he | she | its | their | his | her | our | not | also | only | more | less | most | least | each | both | all | some | many | much | few | other | such | if | when | where | who | whom | whose | what | how | why | whereas | although | because | via | etc | respectively | times | percent | per cent | year | years | month | months | day | days | week | weeks | hours | accounted | account | amounted | reached | reaching | cited | said | left | went | did | do | does
ru | в | во | на | и | или | с | со | к | по | до | от | из | за | для | что | как | а | но | то | же | при | о | об | у | не | ни | это | этот | эти | его | их | ее | её | году | года | г. | гг. | г | гг | лет | раз | раза | процентов | процента | процент
kk | және | мен | бен | пен | не | немесе | да | де | та | те | ғана | үшін | дейін | бойы | арасында | кейін | бұрын | жылы | жылғы | жылдың | жыл | пайыз | пайызы | пайызын | есе | ал | бұл | ол | осы | сол | болды | құрады | құрайды | тиісінше
sl | in | ali | v | na | za | do | od | iz | s | z | pri | po | ter | ki | da | je | so | bil | bila | bilo | let | leta | letu | odstotkov | odstotka | krat | in sicer

# [link-before] lang | phrases: verbs (and the like) before a bare number
# that make it a stated quantity ("reached 384", "was 7,037,590").
[link-before]
en | is | are | was | were | be | been | being | reached | reaches | reach | reaching | amounted to | amounts to | amounting to | totaled | totalled | totals | totaling | totalling | numbered | stood at | stands at | standing at | equaled | equalled | equals | equal to | hit | grew to | rose to | increased to | increase to | increasing to | fell to | dropped to | declined to | decreased to | reduced to | went up to | went down to | climbed to | jumped to | a total of | total of | a population of | population of | the number of | number of | registered | recorded | reported | counted | estimated at
ru | составил | составила | составило | составили | составляет | составляют | составлял | составляла | составит | достиг | достигла | достигло | достигли | достигает | насчитывается | насчитывалось | насчитывает | был | была | было | были | равен | равна | равно | выросло до | выросла до | вырос до | сократилось до | снизилось до | увеличилось до
kk | 
sl | je | so | znaša | znašal | znašala | znašalo | znašali | dosegel | dosegla | doseglo | dosegli | bilo | bil | bila | bili | porasla na | padla na | naraslo na

# [link-after] lang | phrases after a bare number (Kazakh and Russian verb-final
# clauses): "... саны 125 мың адамды құрады".
[link-after]
en | were | was | are | is | have | has | had | will | would | remain | remained
ru | составили | составило | составил | составила | человек | чел.
kk | құрады | құрайды | құраған | құрап | жетті | жетеді | болды | болады | болған | адам | адамды | адамға | асты
sl | je | so | ljudi | oseb

# [change-up] and [change-down] lang | phrases: verbs of change, for ranges,
# percent changes and arithmetic checks.
[change-up]
en | increase | increased | increases | increasing | rise | rose | risen | rising | grew | grow | grown | growing | growth | up | climbed | jumped | surged | soared | expanded | ballooned | doubled | tripled | gained | higher | more | boost | boosted
ru | вырос* | выросл* | увеличил* | увеличени* | возрос* | рост | роста | повысил* | прирост*
kk | өсті | өсу | өсті | артты | арту | артқан | ұлғайды | ұлғайған | көбейді | көбейген | өскен
sl | povečal* | povečanj* | narasl* | porasl* | zrasl* | rast
[change-down]
en | decrease | decreased | decreases | decreasing | decline | declined | declines | declining | fell | fall | falls | fallen | falling | drop | dropped | drops | dropping | dwindled | diminished | reduced | reduction | shrank | shrunk | shrinking | down | plunged | plummeted | contracted | halved | lower | less | fewer | cut | slumped | lost
ru | сократил* | сокращени* | снизил* | снижени* | уменьшил* | уменьшени* | упал* | упад* | спад*
kk | азайды | азаю | азайған | төмендеді | төмендеу | төмендеген | қысқарды | қысқару | қысқарған | кеміді
sl | zmanjšal* | zmanjšanj* | upadl* | upad* | padl* | padel | znižal*

# [person] lang | phrases: nouns that make a count a count of people.
[person]
en | people | persons | person | individuals | individual | migrants | migrant | workers | worker | citizens | citizen | residents | resident | nationals | national | immigrants | immigrant | emigrants | emigrant | inhabitants | inhabitant | respondents | respondent | men | women | children | youths | students | student | refugees | refugee | laborers | labourers | labor migrants | labour migrants | specialists | employees | employee | returnees | returnee | newcomers | arrivals | departures | repatriates | expatriates | asylum seekers | deportees | foreigners | foreign nationals | candidates | participants | members | pensioners | jobseekers | job seekers | unemployed | injured | killed | dead | victims | soldiers | men and women | kandases | oralmans | compatriots | relocants | tourists | visitors | travelers | travellers | entrants | labor emigrants | souls
ru | человек* | чел. | люд* | лиц | лица | мигрант* | трудящ* | граждан* | жител* | работник* | рабочих | иммигрант* | эмигрант* | переселенц* | беженц* | специалист* | студент* | респондент* | мужчин* | женщин* | детей | прибывш* | выбывш* | соотечественник* | иностранц* | кандас* | оралман*
kk | адам | адамды | адамға | адамнан | адамның | мигрант* | еңбек мигрант* | азамат* | тұрғын* | жұмысшы* | қызметкер* | еңбекші* | маман* | студент* | босқын* | оралман* | қандас* | шетелдік* | респондент* | ер адам* | әйел* | бала* | келушілер* | кетушілер*
sl | oseb | osebe | ljudi | človek* | migrant* | delavc* | delavk* | državljan* | prebival* | priseljenc* | izseljenc* | begunc* | študent* | anketirancev | tujc*

# [attribution] lang | phrases that open an attribution ("according to X");
# the places named in it are sources, not subjects.
[attribution]
en | according to | as reported by | reported by | data from | data of | based on | based on the data from | cited by | as per | estimates by | estimates of | figures from | figures of | statistics of | statistics from | source
ru | по данным | согласно | по информации | по сведениям | по оценкам | как сообщает | источник
kk | мәліметінше | мәліметтері бойынша | мәліметтеріне сәйкес | деректері бойынша | дерегі бойынша | деректеріне сәйкес | мәліметі бойынша | сәйкес
sl | po podatkih | glede na podatke | po navedbah | vir

# [listing] lang | phrases: a list of members follows ("15 countries,
# including X, Y"); names in it are objects, not subjects. (Examples of the
# subject, "for example, X and Y", "such as", are not listed: they count.)
[listing]
en | including | namely | among them | among which | with | between | as well as | and with | in particular | notably
ru | включая | в том числе | с
kk | соның ішінде | оның ішінде | атап айтқанда
sl | vključno z | vključno s | kot so | z | s

# [anaphora] lang | phrases that open a sentence continuing the one before:
# its period carries over.
[anaphora]
en | these | this | those | such | of these | of those | among them | at the same time | in addition | also | additionally | furthermore | meanwhile | in the same | the same | of them | they | it
ru | эти | этот | это | из них | при этом | также | кроме того | в то же время | они
kk | бұл | осы | олардың | олар | сонымен қатар | сондай-ақ | сонымен бірге | оның
sl | ti | te | to | od tega | pri tem | poleg tega | tudi | hkrati

# [plan-ref] lang | phrases that open a sentence about the plan named before
# ("This strategy has 95 goals"): its figures take the plan's period
# ("Strategy 'Uzbekistan – 2030'", "Concept ... for 2023–2027").
[plan-ref]
en | this strategy | the strategy | this concept | the concept | this programme | the programme | this program | the program | this plan | the plan | this roadmap | the roadmap | this policy | the policy
ru | эта стратегия | стратегия | эта концепция | концепция | эта программа | программа | этот план | план | эта дорожная карта
kk | бұл стратегия | осы стратегия | стратегия | бұл тұжырымдама | осы тұжырымдама | тұжырымдама | бұл бағдарлама | осы бағдарлама | бағдарлама | бұл жоспар | осы жоспар
sl | ta strategija | strategija | ta koncept | koncept | ta program | program | ta načrt | načrt

# [place-anaphor] lang | phrases that point back to a country named before
# ("migrants ... in Russia. While 1.2 million were working in this country",
# "Kazakhstan ..., with 6,534 migrants working there"): the place they are in.
[place-anaphor]
en | this country | that country | the same country | there
ru | этой стране | эту страну | той стране | там
kk | бұл елде | сол елде | осы елде | бұл елге | сол елге | онда
sl | tej državi | to državo | tam

# [structural] lang | words: nouns a number word counts when it describes how
# a text or a plan is organised ("four stages", "three primary approaches",
# "the five republics"), not a measured quantity.
[structural]
en | stage* | phase* | epoch* | period* | task* | direction* | area* | pillar* | principle* | approach* | method* | part* | section* | chapter* | level* | type* | kind* | dimension* | aspect* | factor* | step* | component* | objective* | goal* | priorit* | categor* | scenario* | wave* | freedom* | countries | states | nations | republics | ways | decades | reasons | questions | issues | hypothes* | models | lines | blocks | groups | points | criteria | stakeholders | sides | parties | languages | generations | dimensions | pillars | themes | topics | axes | vectors | strands | waves | rounds | sessions | main | primary | key | basic | major | distinct | broad
ru | этап* | фаз* | направлени* | подход* | метод* | стран* | государств* | аспект* | уровн* | задач* | принцип* | сфер* | период* | блок* | групп* | вид* | тип* | основн* | главн* | ключев*
kk | кезең* | бағыт* | тәсіл* | әдіс* | ел | елдің | елге | елде | елдер* | мемлекет* | бостандығ* | аспект* | деңгей* | міндет* | қағида* | сала* | негізгі | түр* | тарап*
sl | faz* | stopnj* | držav* | vidik* | nalog* | načel* | pristop* | metod* | obdobj* | področj* | glavn* | ključn* | osnovn*

# [to] lang | words before a place that make it a destination.
[to]
en | to | into | toward | towards | entered | entering | enter | reached | visiting | visited | in the direction of | bound for | destined for
ru | в | во | на | к | въехали в | прибыли в
kk | 
sl | v | na | proti | do

# [in] lang | words before a place that make it a location.
[in]
en | in | within | at | inside | across | throughout | in the
ru | в | во | на
kk | 
sl | v | na | po

# [from] lang | words before a place that make it an origin.
[from]
en | from | out of | leaving | left
ru | из | от | с
kk | 
sl | iz | od | z | s

# [range-to] lang | words between two numbers of one range.
[range-to]
* | – | — | - | ‒ | −
en | to | and | or | through
ru | до | и | или
kk | дейін | мен | және
sl | do | in | ali

# [range-from] lang | words before the first number of a range.
[range-from]
en | between | from
ru | от | между | с
kk | 
sl | od | med | s | z

# [list] lang | words between the members of a list of figures.
[list]
* | , | ;
en | and | or | as well as | and another | and a further | respectively
ru | и | или | а также | соответственно
kk | және | мен | бен | пен | немесе | әрі | тиісінше | және тиісінше
sl | in | ali | ter | oziroma

# [clause-break] lang | words that always open a new clause.
[clause-break]
* | ; | :
en | while | whereas | but | although | however | whereby | yet | thus
ru | а | но | тогда как | однако | хотя
kk | ал | бірақ | алайда | себебі | өйткені
sl | medtem ko | vendar | toda | čeprav

# [clause-break-comma] lang | words that open a new clause after a comma.
[clause-break-comma]
en | and | which | where | as | since | because | so | who | with | leading to | making | resulting in
ru | и | который | которые | которая | где | поскольку | так как | что
kk | және | бұл | олар | ол
sl | in | ki | kjer | ker | kar | a

# [migrant-activity] lang | words right before "in/to X" that make X a
# destination of migrants ("working in Russia").
[migrant-activity]
en | working | work | worked | works | employed | employment | living | live | lived | lives | residing | reside | resided | staying | stay | stayed | migrants | migration | migrated | moved | move | moving | relocated | relocate | went | go | going | travel | traveling | travelling | traveled | arrived | arriving | arrivals | entered | entry | registered | deported | serving | jobs | job | seeking | sought | emigrated | emigration | emigrants | immigrants | residents | citizens | nationals | workers | quota | quotas | visas | visa | diaspora | left for | sent | heading | expelled | recruitment
ru | работающих | работают | работает | работали | проживающих | проживают | мигрантов | мигранты | трудовых | выехали | уехали | прибыли | въехали | трудоустроены | граждан | работы | работу
kk | жұмыс | істейді | тұратын | тұрады | кеткен | барған | келген | қоныс
sl | delajo | delali | živijo | živeli | delo | zaposleni | migranti | izselili | odšli
