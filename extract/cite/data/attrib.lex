# Attributions: a statement's source named without a formal citation
# ("according to the World Bank", "по данным Росстата", "Дүниежүзілік
# банктің мәліметінше", "po podatkih Statističnega urada"). Everything is
# case-folded ("’" reads as "'", "ё" as "е") and matched word by word.
#
# [pattern] lines are "pattern | language". A pattern is a run of words with
# a slot at one or both ends:
#   ORG       an organisation name (see [org-head], [org-name] below)
#   ORG's     an organisation name in the possessive ("Kursiv's figures")
#   PERSON    an official with a role for an organisation ("Alexander
#             Bastrykin, head of the Investigative Committee"; "Deputy
#             Minister Bakyt Darmankul uulu")
#   PERSON?   an optional official before the words (only on the left)
# The words between are:
#   word      that word
#   a/b/c     one of these words
#   stem*     a word that starts with stem (inflection: "сообщил*")
#   word?     an optional word (never the first)
#   ~N        up to N words (N 1–8): after ORG only words from [aux] ("the
#             Ministry has also reported"), after ORG's lower-case words and
#             numbers ("Kursiv's recent migration figures"), elsewhere any
#             words without a stop or comma between ("according to the "I
#             want to live" project of ORG")
#   _         (first) the words must follow a lower-case word or a
#             sentence's capitalised first word: "the data compiled by ORG",
#             "Surveys conducted by ORG", not "Published by" in front matter
# The words are lower case in the text too, but for a sentence's first word
# ("According to"): "Bureau of National Statistics" is a name, no cue.
# Patterns are tried in order; where matches overlap the longest is kept. A
# match is dropped where a formal citation overlaps the organisation or
# follows its name closely ("the International Organization for Migration
# (2019)", "the Prague Process migration discussion (Prague Process, 2024)"),
# and in captions' source lines (see [caption]).
[pattern]
# English: cue before the organisation.
according to PERSON | en
according to ORG | en
according to the? ~6 report/reports/project/survey/surveys/study/data/estimates/estimate/figures/statistics/census/database/website/assessment/analysis/monitoring/calculations/records/findings/information/poll/review/bulletin/statement/statements/announcement/release/publication/publications/portal/page of/by/from ORG | en
based on ORG | en
citing/quoting ORG | en
as reported/stated/estimated/noted/announced/indicated/cited/documented/recorded/calculated by ORG | en
_ reported/estimated/published/compiled/provided/released/collected/conducted/recorded/registered/issued/presented/gathered/prepared/calculated/announced/counted/documented/supplied/disclosed/cited/quoted by ORG | en
_ carried out by ORG | en
data/figures/statistics/estimates/estimate/information/numbers/records/calculations/projections/report/reports/survey/surveys/study/assessment/census/poll/findings/statement/statements/announcement from/of/by ORG | en
PERSON? told ORG | en
interview/interviews with ORG | en
# English: cue after the organisation.
ORG's ~3 data/figures/statistics/estimates/estimate/numbers/website/report/reports/survey/surveys/records/calculations/information/database/analysis/assessment/projections/study/census/monitoring/findings/poll/count/tally | en
ORG data/figures/statistics/estimates/survey/surveys/census/records/calculations/projections/report/poll/count | en
ORG conducted ~3 survey/surveys/interviews/interview/poll/polls/census/study/studies/assessment/research/monitoring | en
ORG carried out ~3 survey/surveys/interviews/interview/poll/polls/census/study/studies/assessment/research/monitoring | en
ORG ~2 told/reported/reports/estimated/estimates/stated/noted/notes/announced/announces/recorded/records/registered/found/finds/said/says/indicated/indicates/revealed/reveals/observed/observes/confirmed/confirms/counted/calculated/documented/published/released/warned/predicted/projected/forecast/forecasts/showed/shows/claimed/claims/acknowledged/highlighted/cited | en
PERSON said/says/stated/states/told/noted/notes/announced/explained/emphasized/emphasised/stressed/added/claimed/confirmed/declared/reported/estimated/revealed/warned/acknowledged/highlighted/underlined/pointed/argued/insisted/admitted | en

# Russian.
по словам PERSON | ru
по данным ORG | ru
по последним/официальным/предварительным/оперативным/свежим данным ORG | ru
согласно данным/информации/оценкам/докладу/отчету/исследованию/статистике/сведениям ORG | ru
согласно ORG | ru
по информации ORG | ru
по оценкам/оценке ORG | ru
по сведениям ORG | ru
по подсчетам/расчетам ORG | ru
как сообщает/сообщают/сообщил*/отмечает/отмечают/отметил*/пишет/заявил*/заявляет/информирует/подсчитал* ORG | ru
как сообщил*/заявил*/отметил*/рассказал*/пояснил* PERSON | ru
об этом сообщил*/сообщает/сообщают/заявил*/заявляет ORG | ru
данные/статистика/оценки/статистике ORG | ru
ORG ~1 сообщил*/сообщает/сообщают/заявил*/отметил*/оценил*/оценивает/зафиксировал*/зарегистрировал*/насчитал*/подсчитал*/опубликовал*/привел*/приводит | ru
PERSON сообщил*/заявил*/отметил*/рассказал*/подчеркнул*/пояснил*/уточнил*/добавил* | ru

# Kazakh: the organisation (in the genitive) comes first.
ORG мәліметінше/мәліметтерінше/деректерінше/хабарлауынша/хабарлағандай/бағалауынша/есептеуінше/ақпаратынша/есебінше | kk
ORG мәліметі/мәліметтері/деректері/дерегі/бағалауы/бағалаулары/есептеулері/есебі/статистикасы/ақпараты/зерттеуі/зерттеулері бойынша | kk
ORG мәліметіне/мәліметтеріне/деректеріне/дерегіне/бағалауына/ақпаратына/зерттеуіне/есебіне сәйкес/қарағанда | kk
ORG ~1 хабарлады/мәлімдеді/жариялады/тіркеді | kk
ORG ~1 атап өтті | kk
ORG ~1 мәлім етті | kk
PERSON айтуынша/сөзінше/пікірінше | kk
PERSON хабарлады/мәлімдеді/деді/айтты/түсіндірді | kk
PERSON атап өтті | kk
PERSON мәлім етті | kk

# Slovenian.
po besedah PERSON | sl
po podatkih ORG | sl
po zadnjih/uradnih/začasnih podatkih ORG | sl
glede na podatke ORG | sl
na podlagi podatkov ORG | sl
podatki ORG | sl
po ocenah/oceni ORG | sl
po navedbah ORG | sl
po poročanju ORG | sl
po informacijah ORG | sl
kot poroča/poročajo/navaja/navajajo/ugotavlja/piše ORG | sl
ORG ~1 poroča/poročajo/navaja/navajajo/ocenjuje/ocenjujejo/ugotavlja/ugotavljajo/beleži/beležijo/sporoča | sl
ORG ~1 poročal*/objavil*/zabeležil*/ugotovil*/ocenil*/sporočil* | sl
PERSON ~1 povedal*/dejal*/sporočil*/izjavil*/poudaril*/pojasnil*/navedel* | sl

# Words that make a capitalised phrase an organisation: whole words (a
# plural in -s also counts) or stems ending in "*" for inflected languages.
[org-head]
ministry
agency
bank
organization
organisation
committee
bureau
service
office
department
government
council
commission
fund
institute
university
centre
center
union
foundation
secretariat
observatory
statistics
authority
administration
directorate
inspectorate
cabinet
parliament
assembly
association
chamber
police
radio
# Russian.
министерств*
ведомств*
агентств*
банк*
комитет*
бюро
служб*
правительств*
фонд*
институт*
университет*
центр*
организаци*
союз*
управлени*
комисси*
совет
совета
советом
совете
прокуратур*
департамент*
инспекци*
администраци*
статистик*
полици*
# Kazakh.
министрлі*
агенттіг*
агенттік*
комитеті*
бюросы*
қызметі*
үкімет*
қоры
қорының
қорынан
қорына
ұйым*
орталығ*
кеңесі*
палата*
департаменті*
басқармас*
инспекция*
комиссия*
прокуратура*
университеті*
# Slovenian.
ministrstv*
agencij*
urad
urada
uradu
uradom
zavod*
služb*
banka
banke
banki
banko
organizacij*
inštitut*
centra
centru
komisij*
sklad
sklada
odbor*
uprav*
vlad*
univerz*
policij*

# Organisation names and acronyms, also media quoted as sources. Several
# words are matched as a run; "*" marks a stem. A name counts only where its
# first word is capitalised in the text (an abbreviation: written in capitals).
[org-name]
IOM
ILO
UN
UNDP
UNHCR
UNICEF
UNODC
UNFPA
UNESCO
UN DESA
UN Women
UN ESCAP
ESCAP
United Nations
World Bank
Asian Development Bank
Eurasian Development Bank
IMF
OECD
OSCE
EBRD
ADB
EDB
EAEU
EEU
EEC
CIS
SCO
CSTO
WHO
FAO
EU
ICMPD
Human Rights Watch
HRW
Amnesty International
Prague Process
Migration Policy Institute
Pew Research Center
Gallup
Levada
Rosstat*
Eurostat*
MVD
GUVM
FMS
FSB
Kabar
Kursiv
Kurziv
Azattyk
Azattyq
Ozodi
Ozodlik
Radio Free Europe
Radio Liberty
RFE/RL
Eurasianet
CABAR
CABAR.asia
24.kg
AKIpress
Kaktus
Kaktus.media
Vesti.kg
Asia-Plus
Avesta
Khovar
Fergana
Ferghana
Gazeta.uz
Kun.uz
Podrobno.uz
Tengrinews
Kazinform
Zakon.kz
Vlast.kz
Orda.kz
Informburo
Sputnik
Interfax
TASS
Reuters
Bloomberg
Xinhua
Deutsche Welle
DW
BBC
Kommersant
Vedomosti
Izvestia
RBC
Meduza
Novaya Gazeta
SURS
ZRSZ
UMAR
Росстат*
Роструд*
Минтруд*
Минэкономразвития
Минфин*
Нацстатком*
Нацбанк*
Госкомстат*
Минэконом*
МИД
МВД
ГУВМ
ФМС
ФСБ
ТАСС
РИА
Интерфакс*
Спутник*
Азаттык*
Азаттық*
Левада*
ВЦИОМ
ООН
ВОЗ
ЕАЭС
СНГ
ХКҰ*
ХЕҰ*
БҰҰ*
ЕАЭО*
ТМД*
ІІМ*
Қазинформ*
МОМ
МОТ
УВКБ
Всемирн* банк*
Дүниежүзілік банк*

# Upper-case words that are no organisation: countries, currencies, units.
[not-org]
GDP
GNI
GNP
FDI
UK
US
USA
U.S
UAE
RF
KR
RK
RS
USSR
COVID
COVID-19
SARS
HIV
AIDS
ICT
IT
SME
SMEs
PPP
CPI
II
III
IV
VI
VII
VIII
IX
XI
XX
XXI
OK
TV
UZS
USD
KZT
KGS
TJS
TMT
RUB
EUR
EPS
SWS
NB
ЖІӨ
ВВП
РФ
РК
КР
ҚР
США
СССР
ЕО
СТ

# Words of legal acts and plans: a phrase holding one is a document, not an
# organisation ("according to the Law", "согласно Концепции").
[legal]
law
laws
decree
decrees
resolution
concept
strategy
article
articles
code
order
decision
agreement
agreements
convention
constitution
regulation
regulations
act
bill
statute
provision
provisions
clause
paragraph
chapter
programme
program
plan
policy
treaty
memorandum
закон*
указ*
постановлени*
концепци*
стратеги*
стать*
кодекс*
приказ*
решени*
соглашени*
договор*
конвенци*
программ*
конституци*
распоряжени*
заң*
жарлы*
қаулы*
тұжырымдама*
стратегия*
бабы*
бабын*
бұйрық*
шешім*
келісім*
конвенция*
бағдарлама*
конституция*
zakon*
uredb*
odlok*
strategij*
člen*
resolucij*
sklep*
pogodb*
sporazum*
konvencij*
ustav*
koncept*
programm*

# Roles of officials. "| office" marks roles that name an office by
# themselves (a minister speaks for a ministry); the others need an
# organisation in the phrase ("head of the Investigative Committee").
[role]
minister | office
ministers | office
deputy
vice
head
director
director-general
chairman
chairwoman
chairperson
chair
spokesperson
spokesman
spokeswoman
representative
official
officials
ambassador
commissioner | office
ombudsman | office
ombudsperson | office
secretary
chief
president
governor
prosecutor
prosecutor-general
coordinator
adviser
advisor
rector
министр* | office
замминистр* | office
вице-министр* | office
заместител*
глава
главы
главой
главе
руководител*
директор*
председател*
представител*
пресс-секретар*
начальник*
спикер*
посол
посла
омбудсмен* | office
уполномоченн*
министрі* | office
министрдің | office
вице-министрі* | office
басшы*
төраға*
директоры*
өкілі*
орынбасар*
хатшы*
бастығ*
елші*
minister* | office
ministr* | office
ministric* | office
direktor*
predsednik*
vodj*
predstavnik*
predstavnic*
sekretar*
veleposlanik*
varuh* | office

# Words that open a caption's source line ("Source: World Bank data"): a
# source note, no attribution in running text.
[caption]
source
sources
note
источник
источники
дереккөз
дереккөзі
vir
viri

# Lower-case words that may stand between an organisation and a cue after
# it ("the Ministry has also reported").
[aux]
has
have
had
also
even
recently
previously
earlier
further
officially
already
publicly
itself
initially
now
again
reportedly
также
ранее
уже
официально
недавно
вновь
тоже
ресми
бұрын
да
де
je
so
tudi
že
uradno
nedavno
ponovno

# Words between the words of an organisation's name ("Ministry of Labour
# and Social Protection", "Агентство по миграции").
[connector]
of
for
and
&
on
under
–
-
de
и
по
при
және
мен
za
pri
# Patronymic particles inside personal names ("Bakyt Darmankul uulu").
uulu
kyzy
uly
qyzy

# Function words: never part of an organisation's name, nor of the words
# before or after it.
[stopword]
a
an
each
every
all
some
many
most
several
other
another
any
such
both
either
neither
no
in
at
by
from
with
to
as
that
which
who
whom
whose
this
these
those
it
its
is
are
was
were
be
been
has
have
had
will
would
also
however
moreover
furthermore
meanwhile
additionally
while
when
where
although
since
because
but
or
not
there
their
they
we
our
he
she
his
her
according
among
between
during
after
before
about
over
into
than
then
thus
therefore
today
yesterday
recently
here
в
во
на
с
со
к
ко
у
о
об
от
из
до
для
без
через
что
это
как
также
однако
который
которая
которые
был
была
были
было
не
а
но
же
ли
бы
его
ее
их
он
она
они
мы
бұл
осы
сол
ол
олар
біз
сондай-ақ
бойынша
үшін
туралы
арқылы
жылы
кейін
дейін
бері
деп
да
де
та
те
ал
бірақ
яғни
je
so
se
v
na
z
s
iz
da
ki
pa
tudi
kot
ali
ne
ta
ti
bil
bila
bili
bilo
ker
k
h
o
od
do
med
