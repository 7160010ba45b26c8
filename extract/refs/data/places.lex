# Places of publication, for "Place: Publisher", "Publisher, Place" and
# "Place, Publisher" without a colon. One place a line, several spellings
# of it separated by " | " (case-folded when loaded; a name may appear only
# once in the file). [city] are towns; [region] are states, provinces and
# countries, and their abbreviations, written after a town ("Cambridge,
# MA", "Berkeley, CA, USA"); a region alone also names a place.

[city]
# North America
new york | n.y. | ny
boston
chicago
cambridge
princeton
new haven
berkeley
stanford
palo alto
menlo park
san francisco
los angeles
san diego
santa barbara
santa monica
oakland
irvine
sacramento
philadelphia
pittsburgh
baltimore
washington | washington d.c. | washington dc
minneapolis
st. paul | saint paul
ann arbor
madison
chapel hill
durham
austin
houston
dallas
seattle
portland
denver
boulder
salt lake city
nashville
atlanta
athens
savannah
lanham
thousand oaks
newbury park
beverly hills
hoboken
englewood cliffs
upper saddle river
mahwah
hillsdale
norwood
westport
greenwich
amherst
albany
ithaca
rochester
buffalo
syracuse
bloomington
urbana
champaign
evanston
columbus
cleveland
cincinnati
detroit
lincoln
lawrence
iowa city
norman
tucson
phoenix
honolulu
malden
medford
sunderland
walnut creek
mineola
kalamazoo
long beach
arlington
reston
alexandria
bethesda
rockville
silver spring
new brunswick
piscataway
grand rapids
notre dame
lexington
louisville
charlottesville
richmond
new orleans
miami
baton rouge
knoxville
toronto
montreal | montréal
vancouver
ottawa
quebec | québec
kingston
mexico city | méxico
# Britain and Ireland
london
oxford
edinburgh
glasgow
manchester
birmingham
bristol
leeds
sheffield
liverpool
nottingham
brighton
basingstoke
abingdon
harlow
chichester
cheltenham
aldershot
farnham
milton keynes
harmondsworth
bingley
bradford
colchester
exeter
york
dublin
belfast
cardiff
aberdeen
norwich
leicester
# Europe
paris
berlin
munich | münchen | munchen
frankfurt | frankfurt am main | frankfurt a.m.
hamburg
leipzig
stuttgart
heidelberg
cologne | köln | koln
bonn
göttingen | gottingen
tübingen | tubingen
wiesbaden
weinheim
freiburg
mainz
hannover | hanover
bielefeld
darmstadt
dresden
vienna | wien
zurich | zürich
geneva | genève | geneve
basel
bern | berne
lausanne
amsterdam
leiden
rotterdam
the hague | den haag
utrecht
dordrecht
groningen
nijmegen
brussels | bruxelles
leuven | louvain
louvain-la-neuve
antwerp | antwerpen
copenhagen | københavn
stockholm
oslo
helsinki
uppsala
lund
madrid
barcelona
lisbon | lisboa
porto
rome | roma
milan | milano
turin | torino
florence | firenze
bologna
naples | napoli
venice | venezia
padua | padova
pisa
lyon
marseille
toulouse
bordeaux
strasbourg
lille
rennes
grenoble
nancy
warsaw | warszawa
kraków | krakow | cracow
wrocław | wroclaw
poznań | poznan
gdańsk | gdansk
łódź | lodz
prague | praha
brno
budapest
bucharest | bucurești
sofia | софия
belgrade | beograd | београд
zagreb
ljubljana
maribor
koper
bratislava
vilnius
riga
tallinn
tartu
reykjavik
thessaloniki
nicosia
valletta
cham
# Russia, Ukraine, Belarus, the Caucasus
moscow | moskva | москва | м.
st. petersburg | saint petersburg | st petersburg | sankt-peterburg | санкт-петербург | спб. | спб | petersburg
leningrad | ленинград | л.
novosibirsk | новосибирск
kazan | казань
ufa | уфа
yekaterinburg | ekaterinburg | екатеринбург
rostov-on-don | ростов-на-дону
tomsk | томск
samara | самара
omsk | омск
irkutsk | иркутск
krasnoyarsk | красноярск
nizhny novgorod | нижний новгород
voronezh | воронеж
volgograd | волгоград
saratov | саратов
perm | пермь
chelyabinsk | челябинск
barnaul | барнаул
orenburg | оренбург
astrakhan | астрахань
vladivostok | владивосток
kyiv | kiev | киев | київ
kharkiv | kharkov | харьков
odessa | одесса
lviv | львов
minsk | минск
tbilisi | тбилиси
yerevan | ереван
baku | баку
# Central Asia
almaty | alma-ata | алматы | алма-ата
astana | nur-sultan | астана | нур-султан | целиноград
bishkek | бишкек | frunze | фрунзе
tashkent | ташкент | тошкент
dushanbe | душанбе
ashgabat | ashkhabad | ашхабад
karaganda | караганда | қарағанды
shymkent | шымкент
aktobe | актобе | ақтөбе
pavlodar | павлодар
semey | семей
oskemen | ust-kamenogorsk | усть-каменогорск
taraz | тараз
kostanay | костанай
atyrau | атырау
osh | ош
samarkand | самарканд
bukhara | бухара
khujand | худжанд
# Asia, Middle East, Africa, Oceania, South America
istanbul
ankara
tehran
kabul
islamabad
lahore
karachi
beijing | peking
shanghai
hong kong
taipei
tokyo
kyoto
osaka
seoul
singapore
bangkok
new delhi | delhi
mumbai | bombay
kolkata | calcutta
chennai | madras
bangalore | bengaluru
hyderabad
manila
jakarta
kuala lumpur
hanoi
sydney
melbourne
canberra
brisbane
perth
adelaide
auckland
wellington
cairo
nairobi
johannesburg
cape town
pretoria
lagos
tel aviv
jerusalem
beirut
amman
riyadh
dubai
doha
buenos aires
são paulo | sao paulo
rio de janeiro
belo horizonte
campinas
porto alegre
santiago
lima
bogotá | bogota
caracas
havana

[region]
# United States: codes, abbreviations and names
al | ala. | alabama
ak | alaska
az | ariz. | arizona
ar | ark. | arkansas
ca | calif. | cal. | california
co | colo. | colorado
ct | conn. | connecticut
de | del. | delaware
dc | d.c. | district of columbia
fl | fla. | florida
ga | ga. | georgia
hi | hawaii
id | idaho
il | ill. | illinois
in | ind. | indiana
ia | iowa
ks | kans. | kansas
ky | kentucky
la | louisiana
me | maine
md | md. | maryland
ma | mass. | massachusetts
mi | mich. | michigan
mn | minn. | minnesota
ms | miss. | mississippi
mo | missouri
mt | mont. | montana
ne | neb. | nebraska
nv | nev. | nevada
nh | n.h. | new hampshire
nj | n.j. | new jersey
nm | n.m. | new mexico
nc | n.c. | north carolina
nd | north dakota
oh | ohio
ok | okla. | oklahoma
or | ore. | oregon
pa | pa. | penn. | pennsylvania
ri | r.i. | rhode island
sc | s.c. | south carolina
sd | south dakota
tn | tenn. | tennessee
tx | tex. | texas
ut | utah
vt | vt. | vermont
va | va. | virginia
wa | wash.
wv | west virginia
wi | wis. | wisc. | wisconsin
wy | wyoming
# Canada and Australia
on | ont. | ontario
qc | que.
bc | british columbia
ab | alberta
nsw | new south wales
vic | victoria
qld | queensland
# Countries
usa | u.s.a. | us | u.s. | united states | united states of america
uk | u.k. | united kingdom | great britain | england | scotland | wales | northern ireland
ireland
canada
australia
new zealand
germany | deutschland
france
italy | italia
spain | españa
portugal
netherlands | the netherlands | holland
belgium
switzerland
austria
sweden
norway
denmark
finland
poland | polska
czech republic | czechia
slovakia
hungary
romania
bulgaria
serbia
croatia
slovenia | slovenija
greece
turkey | türkiye
israel
russia | russian federation | россия | рф
ukraine
belarus
kazakhstan | казахстан | қазақстан
kyrgyzstan | kyrgyz republic | кыргызстан | киргизия
uzbekistan | узбекистан
tajikistan | таджикистан
turkmenistan | туркменистан
china | prc
japan
korea | south korea
india
pakistan
brazil | brasil
argentina
mexico
chile
egypt
south africa
nigeria
kenya
