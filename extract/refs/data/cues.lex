# Cue words for reference parsing. One phrase a line, case-folded; a phrase
# matches at word boundaries. Sections name what the phrase signals.

# Titles of legal acts (type "legislation").
[legislation]
law
law of the
act of
resolution
decree
code of
on approval of
decision of the cabinet
decision of the government
order of the
federal law
закон
постановление
указ
приказ
распоряжение
кодекс
об утверждении
заң
қаулы
жарлық
бұйрық
zakon
postanovleniye
postanovlenie
ukaz
prikaz
uredba
odlok
pravilnik

# Words naming report-like documents (type "report" with an organisation author).
[report]
report
working paper
policy brief
policy note
discussion paper
technical paper
occasional paper
research paper
survey
profile
situation report
data gap analysis
fact sheet
yearbook
statistical bulletin
indicators
census
отчет
отчёт
доклад
есеп
баяндама
poročilo

# News outlets and words that mark a news source (type "article-newspaper").
[news]
news
radio
azattyk
azattyq
bbc
reuters
eurasianet
24.kg
kun.uz
gazeta.uz
tengrinews
365info.kz
forbes kazakhstan
informburo
asia-plus
akipress
kabar
kursiv
kurziv
the diplomat
meduza
the times of central asia
times of central asia
interfax
tass
ria novosti
sputnik
dw
deutsche welle
new york times
washington post
the guardian
financial times
vedomosti
kommersant
informatsionnoye agentstvo
информационное агентство
ақпарат агенттігі
newspaper
gazeta
газета
daily
tribune
herald
eadaily
cabar.asia
carnegie politika

# Conference publications.
[conference]
proceedings
conference
symposium
workshop
congress
colloquium
конференци
симпозиум
конгресс
материалы международной
конференциясы
konferenc
simpozij

# Theses.
[thesis]
thesis
dissertation
ph.d.
phd
doctoral
master's
диссертация
автореферат
дис.
автореф.
диссертациясы
dissertatsiya
avtoreferat
doktorska
magistrska

# Words that mark a publisher.
[publisher]
press
publishing
publishers
publisher
publications
verlag
books
university
universitet
routledge
springer
elsevier
wiley
sage
palgrave
macmillan
taylor & francis
blackwell
penguin
harper
norton
polity
brill
de gruyter
oecd publishing
igi global
pluto
bloomsbury
edward elgar
emerald
cambridge university
oxford university
издательство
изд-во
издат
наука
юрайт
питер
эксмо
мысль
баспасы
баспа
nauka
izdatelstvo
založba

# Words that mark an organisation (authors read as literal names).
[organisation]
ministry
minister
committee
agency
organization
organisation
bureau
government
office
department
council
commission
bank
fund
institute
institution
centre
center
service
programme
program
union
association
foundation
initiative
process
watch
network
secretariat
parliament
president
republic
statistics
statistical
national
international
united nations
world
federal
corporation
company
group
society
academy
authority
administration
observatory
forum
project
team
partnership
alliance
community
министерство
комитет
агентство
бюро
правительство
служба
фонд
институт
центр
банк
организация
республики
министрлігі
комитеті
агенттігі
үкіметі

# Lower-case particles that belong to a family name.
[particle]
van
von
de
der
den
del
della
delle
dei
da
di
du
la
le
lo
dos
das
do
ten
ter
bin
ibn
al
el
y
kyzy
uulu
ogly
uly
qizi
kizi
ugli
ulı

# "and others" markers closing an author list.
[etal]
et al
et al.
et. al.
et al.,
and others
и др.
и др
и соавт.
и т.д.
т.б.
және т.б.
idr.
in sod.
i dr.
u.a.
u. a.
ve ark.
ym.
e.a.

# Phrases that introduce an access date.
[accessed]
accessed on
accessed
retrieved on
retrieved
viewed on
viewed
consulted on
last accessed
date of access
дата обращения
дата доступа
дата посещения
қаралған күні
өтініш берілген күні
data obrashcheniya
data obrashcheniia
data dostupa
dostop
dostopno
pridobljeno

# Phrases that carry no bibliographic field and are dropped.
[drop]
elektronnyy resurs
elektronnyi resurs
электронный ресурс
электрондық ресурс
electronic resource
online
available at
available from
available online
retrieved from
режим доступа
url
доступно на
pdf
web

# Marks of Russian written in Latin letters (transliteration): whole words,
# or word endings when written with a leading "-".
[translit-ru]
vestnik
seriya
universiteta
izvestiya
informatsionnoye
agentstvo
elektronnyy
resurs
obrashcheniya
goda
zhurnal
nauchnyy
issledovaniya
problemy
razvitiya
voprosy
ekonomiki
gosudarstvennogo
natsional'nogo
natsionalnogo
respubliki
-skogo
-skiy
-skaya
-skoye
-oye
-nykh
-nyye
-iya
-iye
-yye
-ovaniye
-eniye
-yy


# Words that join the last name of an author list.
[name-and]
and
&
und
et
и
және
y
e
та
ve

# Suffixes written after a name ("Jr.", "III"), without the full stop.
[name-suffix]
jr
sr
jnr
ii
iii
iv

# Role words after a list of names that make them editors: "(Eds.)",
# "eds.", "(Hrsg.)", "(ред.)". Written without brackets or full stop.
[editor-mark]
ed
eds
editor
editors
hrsg
hg
hgg
éd
éds
dir
dirs
coord
coords
comp
comps
ред
red
редактор

# Role words after a list of names that make them translators.
[translator-mark]
trans
transl
tr
trad
пер
перевод

# Phrases that introduce editors before their names: "edited by", "ed.",
# "под ред.". Longest first is not needed: the longest match wins.
[editor-intro]
edited by
(ed.)
(eds.)
ed. by
eds.
ed.
hrsg. v.
hrsg. von
hrsg.
herausgegeben von
hg. v.
hg. von
под ред.
под редакцией
под общей ред.
под общ. ред.
pod red.
ред.
sous la direction de
sous la dir. de
dir.
a cura di
coord.
ed. and trans.
edited and translated by
редакциясымен
ред. басқ.

# Phrases that introduce translators before their names.
[translator-intro]
(trans.)
(transl.)
(tr.)
translated by
translated from the russian by
trans. by
trans.
transl.
transl. by
tr.
trad. fr. par
trad. par
traduit par
traduit de l'anglais par
trad.
traducción de
übersetzt von
ubersetzt von
aus dem englischen von
пер. с англ.
пер. с нем.
пер. с фр.
пер.
перевод с англ.
перевод
prevod
prev.
prevedel
prevedla

# Words that mark the title of a journal, a newspaper or a series (a
# container) when no volume or pages follow it.
[journal]
journal
journals
review
revue
rev.
quarterly
bulletin
bull.
letters
lett.
transactions
trans.
proceedings
proc.
magazine
annals
annales
annual review
archives
archiv
newsletter
gazette
times
post
herald
tribune
monitor
observer
diplomatique
zeitschrift
zeitung
rivista
cahiers
studies
forum
digest
j.
вестник
журнал
известия
хабаршы
хабаршысы
жаршысы
ученые записки
труды
сборник
vestnik
zhurnal
izvestiya
khabarshy
revija
časopis
zbornik

# Phrases that open a genre field: the kind of document ("PhD thesis",
# "Technical report TR-96-266", "[Doctoral dissertation]", "дис. ... канд.").
[genre]
phd thesis
ph.d. thesis
ph. d. thesis
phd dissertation
ph.d. dissertation
ph. d. dissertation
doctoral dissertation
doctoral thesis
unpublished doctoral dissertation
unpublished master's thesis
unpublished phd thesis
master's thesis
masters thesis
master thesis
msc thesis
m.sc. thesis
m.a. thesis
ma thesis
mphil thesis
bachelor's thesis
diploma thesis
habilitation
doctoral dissertation thesis
dissertation
thèse de doctorat
thèse
tesis doctoral
dissertação
doktorarbeit
doktorska disertacija
magistrsko delo
diplomsko delo
technical report
tech. rep.
tech. report
tech report
research report
working paper
discussion paper
policy brief
policy paper
white paper
occasional paper
briefing paper
conference paper
unpublished manuscript
manuscript
patent
us patent
usa patent
motion picture
television program
television broadcast
radio broadcast
personal communication
exhibition catalogue
map
дис.
дисс.
диссертация
автореф.
автореферат
автореф. дис.
дис. ... канд.
дис. ... д-ра
монография
учебное пособие
учебник
диссертациясы
оқу құралы

# Phrases that open a note: text that is no other field ("to appear",
# "[in Russian]", "Quoted in ...").
[note]
to appear
to be published
submitted
accepted
under review
forthcoming
unpublished
in russian
in russ.
in kazakh
in kaz.
in ukrainian
in slovenian
in english
in german
in french
на русском языке
на рус. яз.
на каз. яз.
орыс тілінде
quoted in
cited in
see also
also in
also available
reprinted in
reprinted
reprint
ahead of print
epub ahead of print
online first
abstract
extended abstract
erratum
corrigendum
in preparation

# Notes on the language of a work, written in brackets after its title
# ("[in Russian]"); they are notes, not words of the title.
[language-note]
in russian
in russ.
in kazakh
in kaz.
in kyrgyz
in uzbek
in tajik
in ukrainian
in slovenian
in english
in german
in french
на русском языке
на рус. яз.
на каз. яз.
на казахском языке
орыс тілінде
қазақ тілінде
v ruščini
translated from russian
