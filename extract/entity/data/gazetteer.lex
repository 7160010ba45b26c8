# Gazetteer of the places and organisations of labour-migration studies on
# Central Asia, in English (en), Russian (ru), Kazakh (kk) and Slovenian (sl).
#
# [entity] lines:  id | kind | display name [| code [| country]]
#   id: ISO 3166 alpha-2 for countries, a lower-case slug otherwise.
#   kind: country, region, city, organization.
#   code: ISO 3166 alpha-3 for countries; country: the country a region or
#   city lies in, or the jurisdiction of a national body.
#
# [names] lines:  id | lang | role | form | form ...
#   role: name, adjective or demonym.
#   A form is one or more words. A word ending in "~" also matches with the
#   language's inflectional endings (the [suffix ...] sections below; Kazakh
#   endings follow vowel harmony). A word written in capitals (two letters or
#   more) must be in capitals in the text; a word starting with a capital must
#   start with one in the text; a lower-case word matches in any case.
#   "~!" inflects a Kazakh loan word without vowel harmony (банк-тің).

[entity]
KG | country | Kyrgyzstan | KGZ
KZ | country | Kazakhstan | KAZ
TJ | country | Tajikistan | TJK
UZ | country | Uzbekistan | UZB
TM | country | Turkmenistan | TKM
RU | country | Russia | RUS
UA | country | Ukraine | UKR
CN | country | China | CHN
TR | country | Türkiye | TUR
KR | country | South Korea | KOR
KP | country | North Korea | PRK
AE | country | United Arab Emirates | ARE
US | country | United States | USA
GB | country | United Kingdom | GBR
DE | country | Germany | DEU
PL | country | Poland | POL
IT | country | Italy | ITA
BG | country | Bulgaria | BGR
QA | country | Qatar | QAT
JP | country | Japan | JPN
AF | country | Afghanistan | AFG
IR | country | Iran | IRN
GE | country | Georgia | GEO
BY | country | Belarus | BLR
AM | country | Armenia | ARM
MD | country | Moldova | MDA
AZ | country | Azerbaijan | AZE
IN | country | India | IND
SV | country | El Salvador | SLV
LB | country | Lebanon | LBN
TO | country | Tonga | TON
LT | country | Lithuania | LTU
LV | country | Latvia | LVA
EE | country | Estonia | EST
HU | country | Hungary | HUN
CZ | country | Czechia | CZE
SK | country | Slovakia | SVK
HR | country | Croatia | HRV
RS | country | Serbia | SRB
ME | country | Montenegro | MNE
BE | country | Belgium | BEL
AT | country | Austria | AUT
EG | country | Egypt | EGY
SA | country | Saudi Arabia | SAU
KW | country | Kuwait | KWT
IL | country | Israel | ISR
MN | country | Mongolia | MNG
PK | country | Pakistan | PAK
SY | country | Syria | SYR
FR | country | France | FRA
ES | country | Spain | ESP
FI | country | Finland | FIN
SI | country | Slovenia | SVN
ID | country | Indonesia | IDN
SG | country | Singapore | SGP
CH | country | Switzerland | CHE
CA | country | Canada | CAN
AU | country | Australia | AUS
PH | country | Philippines | PHL
BD | country | Bangladesh | BGD
VN | country | Vietnam | VNM
GR | country | Greece | GRC
RO | country | Romania | ROU
NL | country | Netherlands | NLD
SE | country | Sweden | SWE
NO | country | Norway | NOR
IE | country | Ireland | IRL
OM | country | Oman | OMN
BH | country | Bahrain | BHR
IQ | country | Iraq | IRQ
MY | country | Malaysia | MYS
TH | country | Thailand | THA
NP | country | Nepal | NPL
MX | country | Mexico | MEX
central-asia | region | Central Asia
cis | region | Commonwealth of Independent States
eaeu | region | Eurasian Economic Union
eu | region | European Union
world | region | World
europe | region | Europe
asia | region | Asia
eurasia | region | Eurasia
middle-east | region | Middle East
gulf | region | Persian Gulf
post-soviet | region | Post-Soviet space
ussr | region | USSR
chuy-region | region | Chuy Region | | KG
osh-region | region | Osh Region | | KG
naryn-region | region | Naryn Region | | KG
issyk-kul-region | region | Issyk-Kul Region | | KG
jalal-abad-region | region | Jalal-Abad Region | | KG
batken-region | region | Batken Region | | KG
talas-region | region | Talas Region | | KG
moscow-region | region | Moscow Region | | RU
tatarstan | region | Tatarstan | | RU
atyrau-region | region | Atyrau Region | | KZ
bishkek | city | Bishkek | | KG
osh | city | Osh | | KG
almaty | city | Almaty | | KZ
astana | city | Astana | | KZ
shymkent | city | Shymkent | | KZ
tashkent | city | Tashkent | | UZ
samarkand | city | Samarkand | | UZ
dushanbe | city | Dushanbe | | TJ
ashgabat | city | Ashgabat | | TM
moscow | city | Moscow | | RU
saint-petersburg | city | Saint Petersburg | | RU
ankara | city | Ankara | | TR
istanbul | city | Istanbul | | TR
seoul | city | Seoul | | KR
dubai | city | Dubai | | AE
iom | organization | International Organization for Migration
world-bank | organization | World Bank
ilo | organization | International Labour Organization
un | organization | United Nations
un-desa | organization | UN Department of Economic and Social Affairs
unhcr | organization | UN High Commissioner for Refugees
un-escap | organization | UN Economic and Social Commission for Asia and the Pacific
undp | organization | United Nations Development Programme
oecd | organization | OECD
icmpd | organization | International Centre for Migration Policy Development
osce | organization | OSCE
sco | organization | Shanghai Cooperation Organisation
csto | organization | Collective Security Treaty Organization
eec | organization | Eurasian Economic Commission
imf | organization | International Monetary Fund
adb | organization | Asian Development Bank
hrw | organization | Human Rights Watch
rosstat | organization | Rosstat | | RU
ru-mvd | organization | Ministry of Internal Affairs of Russia | | RU
kg-nsc | organization | National Statistical Committee of the Kyrgyz Republic | | KG
kz-bns | organization | Bureau of National Statistics of Kazakhstan | | KZ
uz-stat | organization | Statistics Agency of Uzbekistan | | UZ
tj-stat | organization | Agency on Statistics of Tajikistan | | TJ
tm-stat | organization | State Committee of Turkmenistan on Statistics | | TM
uz-migration-agency | organization | Agency for External Labour Migration of Uzbekistan | | UZ
tj-migration-service | organization | Migration Service of Tajikistan | | TJ
kg-labour-ministry | organization | Ministry of Labour, Social Security and Migration of the Kyrgyz Republic | | KG
kz-labour-ministry | organization | Ministry of Labour and Social Protection of the Population of Kazakhstan | | KZ
tj-labour-ministry | organization | Ministry of Labour, Migration and Employment of Population of Tajikistan | | TJ

[names]
# --- Central Asia ---
KG | en | name | Kyrgyzstan | Kyrgyz Republic | Kirghizia | Kirgizia | Kyrgyzia | Kirghizstan
KG | en | adjective | Kyrgyz | Kyrgyzstani | Kirghiz | Kirgiz
KG | en | demonym | Kyrgyzstanis | Kyrgyzs | Kyrgyzes
KG | ru | name | Кыргызстан~ | Киргизстан~ | Киргизи~ | Кыргызск~ Республик~ | Киргизск~ Республик~ | Киргизск~ ССР
KG | ru | adjective | кыргызск~ | киргизск~ | кыргызстанск~
KG | ru | demonym | кыргыз~ | киргиз~ | кыргызстанц~
KG | kk | name | Қырғызстан~ | Қырғыз Республикасы~ | Кыргызстан~
KG | kk | adjective | қырғызстандық~ | қырғыз~
KG | sl | name | Kirgizistan~ | Kirgizij~ | Kirgizstan~ | Kirgišk~ republik~ | Kirgišk~ Republik~
KG | sl | adjective | kirgišk~ | kirgizistansk~ | kirgistansk~
KG | sl | demonym | Kirgiz~

KZ | en | name | Kazakhstan | Kazakstan | Qazaqstan
KZ | en | adjective | Kazakh | Kazakhstani | Kazak
KZ | en | demonym | Kazakhs | Kazakhstanis | Kazaks
KZ | ru | name | Казахстан~
KZ | ru | adjective | казахстанск~ | казахск~
KZ | ru | demonym | казах~ | казахстанц~
KZ | kk | name | Қазақстан~
KZ | kk | adjective | қазақстандық~ | қазақ~
KZ | sl | name | Kazahstan~
KZ | sl | adjective | kazahstansk~ | kazašk~
KZ | sl | demonym | Kazah~

TJ | en | name | Tajikistan | Tadjikistan | Tadzhikistan
TJ | en | adjective | Tajik | Tajikistani | Tadjik
TJ | en | demonym | Tajiks | Tajikistanis
TJ | ru | name | Таджикистан~
TJ | ru | adjective | таджикск~ | таджикистанск~
TJ | ru | demonym | таджик~
TJ | kk | name | Тәжікстан~ | Тажикстан~ | Тәжікістан~
TJ | kk | adjective | тәжік~ | тәжікстандық~
TJ | sl | name | Tadžikistan~ | Tadzikistan~
TJ | sl | adjective | tadžikistansk~ | tadžišk~
TJ | sl | demonym | Tadžik~

UZ | en | name | Uzbekistan | Uzbekiston
UZ | en | adjective | Uzbek | Uzbekistani
UZ | en | demonym | Uzbeks | Uzbekistanis
UZ | ru | name | Узбекистан~
UZ | ru | adjective | узбекск~ | узбекистанск~
UZ | ru | demonym | узбек~
UZ | kk | name | Өзбекстан~ | Өзбекістан~
UZ | kk | adjective | өзбек~ | өзбекстандық~
UZ | sl | name | Uzbekistan~
UZ | sl | adjective | uzbekistansk~ | uzbešk~
UZ | sl | demonym | Uzbek~

TM | en | name | Turkmenistan | Turkmenia
TM | en | adjective | Turkmen | Turkmenistani
TM | en | demonym | Turkmens
TM | ru | name | Туркменистан~ | Туркмени~
TM | ru | adjective | туркменск~ | туркменистанск~
TM | ru | demonym | туркмен~
TM | kk | name | Түрікменстан~ | Түркменстан~ | Түркіменстан~ | Түрікменістан~
TM | kk | adjective | түрікмен~ | түркімен~
TM | sl | name | Turkmenistan~
TM | sl | adjective | turkmenistansk~ | turkmensk~
TM | sl | demonym | Turkmen~

# --- Russia and the region ---
RU | en | name | Russia | Russian Federation | RF
RU | en | adjective | Russian
RU | en | demonym | Russians
RU | ru | name | Росси~ | Российск~ Федераци~ | РФ
RU | ru | adjective | российск~ | русск~
RU | ru | demonym | россиян~
RU | kk | name | Ресей~ | Ресей Федерациясы~ | РФ
RU | kk | adjective | ресейлік~ | орыс~
RU | sl | name | Rusij~ | Rusk~ federacij~ | Rusk~ Federacij~
RU | sl | adjective | rusk~
RU | sl | demonym | Rus~

UA | en | name | Ukraine
UA | en | adjective | Ukrainian
UA | en | demonym | Ukrainians
UA | ru | name | Украин~
UA | ru | adjective | украинск~
UA | ru | demonym | украинц~
UA | kk | name | Украина~
UA | kk | adjective | украиндық~ | украин~
UA | sl | name | Ukrajin~
UA | sl | adjective | ukrajinsk~
UA | sl | demonym | Ukrajinc~

CN | en | name | China | People's Republic of China | PRC
CN | en | adjective | Chinese
CN | ru | name | Кита~ | Китайск~ Народн~ Республик~
CN | ru | adjective | китайск~
CN | kk | name | Қытай~ | Қытай Халық Республикасы~ | ҚХР
CN | sl | name | Kitajsk~ | Kitajk~
CN | sl | adjective | kitajsk~

TR | en | name | Turkey | Türkiye | Turkiye
TR | en | adjective | Turkish
TR | en | demonym | Turks
TR | ru | name | Турци~ | Турецк~ Республик~
TR | ru | adjective | турецк~
TR | kk | name | Түркия~
TR | kk | adjective | түрік~
TR | sl | name | Turčij~ | Turčija
TR | sl | adjective | turšk~
TR | sl | demonym | Turk~

KR | en | name | South Korea | Republic of Korea | Korea
KR | en | adjective | Korean | South Korean
KR | en | demonym | Koreans
KR | ru | name | Коре~ | Южн~ Коре~ | Республик~ Коре~
KR | ru | adjective | корейск~ | южнокорейск~
KR | kk | name | Корея~ | Оңтүстік Корея~ | Корея Республикасы~
KR | kk | adjective | корей~ | кореялық~
KR | sl | name | Korej~ | Južn~ Korej~ | Republik~ Korej~
KR | sl | adjective | korejsk~ | južnokorejsk~
KP | en | name | North Korea
KP | ru | name | Северн~ Коре~ | КНДР
KP | kk | name | Солтүстік Корея~

AE | en | name | UAE | United Arab Emirates | Arab Emirates | Emirates
AE | en | adjective | Emirati
AE | ru | name | ОАЭ | Объединённ~ Арабск~ Эмират~ | Объединенн~ Арабск~ Эмират~ | Эмират~
AE | kk | name | БАӘ | Біріккен Араб Әмірліктері~ | Әмірліктер~
AE | sl | name | ZAE | Združen~ arabsk~ emirat~ | Združen~ Arabsk~ Emirat~

US | en | name | USA | US | United States | United States of America | America
US | en | adjective | American
US | en | demonym | Americans
US | ru | name | США | Соединённ~ Штат~ | Соединенн~ Штат~ | Америк~
US | ru | adjective | американск~
US | kk | name | АҚШ | Америка~ | Америка Құрама Штаттары~
US | kk | adjective | американдық~
US | sl | name | ZDA | Združen~ držav~ | Amerik~
US | sl | adjective | ameriš~

GB | en | name | UK | United Kingdom | Great Britain | Britain | United Kingdom of Great Britain and Northern Ireland
GB | en | adjective | British
GB | ru | name | Великобритани~ | Соединённ~ Королевств~ | Соединенн~ Королевств~
GB | ru | adjective | британск~
GB | kk | name | Ұлыбритания~ | Британия~
GB | kk | adjective | британдық~
GB | sl | name | Velik~ Britanij~ | Združen~ kraljestv~ | Združen~ Kraljestv~ | Britanij~
GB | sl | adjective | britansk~

DE | en | name | Germany
DE | en | adjective | German
DE | en | demonym | Germans
DE | ru | name | Германи~ | ФРГ
DE | ru | adjective | немецк~ | германск~
DE | kk | name | Германия~ | ГФР
DE | kk | adjective | неміс~
DE | sl | name | Nemčij~
DE | sl | adjective | nemšk~

PL | en | name | Poland
PL | en | adjective | Polish
PL | en | demonym | Poles
PL | ru | name | Польш~
PL | ru | adjective | польск~
PL | kk | name | Польша~
PL | sl | name | Poljsk~
PL | sl | adjective | poljsk~

IT | en | name | Italy
IT | en | adjective | Italian
IT | ru | name | Итали~
IT | ru | adjective | итальянск~
IT | kk | name | Италия~
IT | sl | name | Italij~
IT | sl | adjective | italijansk~

BG | en | name | Bulgaria
BG | en | adjective | Bulgarian
BG | ru | name | Болгари~
BG | ru | adjective | болгарск~
BG | kk | name | Болгария~
BG | sl | name | Bolgarij~
BG | sl | adjective | bolgarsk~

QA | en | name | Qatar | State of Qatar
QA | en | adjective | Qatari
QA | ru | name | Катар~
QA | kk | name | Катар~ | Қатар~
QA | sl | name | Katar~

JP | en | name | Japan
JP | en | adjective | Japanese
JP | ru | name | Япони~
JP | ru | adjective | японск~
JP | kk | name | Жапония~
JP | sl | name | Japonsk~
JP | sl | adjective | japonsk~

AF | en | name | Afghanistan
AF | en | adjective | Afghan
AF | en | demonym | Afghans
AF | ru | name | Афганистан~
AF | ru | adjective | афганск~
AF | kk | name | Ауғанстан~ | Ауғанистан~
AF | sl | name | Afganistan~

IR | en | name | Iran | Islamic Republic of Iran
IR | en | adjective | Iranian
IR | ru | name | Иран~
IR | ru | adjective | иранск~
IR | kk | name | Иран~
IR | sl | name | Iran~

GE | en | name | Georgia
GE | en | adjective | Georgian
GE | ru | name | Грузи~
GE | ru | adjective | грузинск~
GE | kk | name | Грузия~
GE | sl | name | Gruzij~

BY | en | name | Belarus | Republic of Belarus | Byelorussia
BY | en | adjective | Belarusian | Belarusian
BY | ru | name | Беларус~ | Белорусси~ | Республик~ Беларусь
BY | ru | adjective | белорусск~
BY | kk | name | Беларусь~ | Беларус~
BY | sl | name | Belorusij~ | Belarus~

AM | en | name | Armenia
AM | en | adjective | Armenian
AM | ru | name | Армени~
AM | ru | adjective | армянск~
AM | kk | name | Армения~
AM | sl | name | Armenij~

MD | en | name | Moldova
MD | en | adjective | Moldovan
MD | ru | name | Молдов~ | Молдави~
MD | kk | name | Молдова~
MD | sl | name | Moldavij~ | Moldov~

AZ | en | name | Azerbaijan
AZ | en | adjective | Azerbaijani
AZ | en | demonym | Azerbaijanis
AZ | ru | name | Азербайджан~
AZ | ru | adjective | азербайджанск~
AZ | kk | name | Әзербайжан~
AZ | sl | name | Azerbajdžan~

IN | en | name | India
IN | en | demonym | Indians
IN | en | adjective | Indian
IN | ru | name | Инди~
IN | ru | adjective | индийск~
IN | kk | name | Үндістан~
IN | sl | name | Indij~

SV | en | name | El Salvador
SV | en | adjective | Salvadoran
SV | ru | name | Сальвадор~
LB | en | name | Lebanon
LB | en | adjective | Lebanese
LB | ru | name | Ливан~
TO | en | name | Tonga
TO | en | adjective | Tongan
TO | ru | name | Тонга

LT | en | name | Lithuania
LT | en | adjective | Lithuanian
LT | ru | name | Литв~
LT | kk | name | Литва~
LT | sl | name | Litv~
LV | en | name | Latvia
LV | en | adjective | Latvian
LV | ru | name | Латви~
LV | kk | name | Латвия~
LV | sl | name | Latvij~
EE | en | name | Estonia
EE | ru | name | Эстони~
HU | en | name | Hungary
HU | en | adjective | Hungarian
HU | ru | name | Венгри~
HU | kk | name | Венгрия~
HU | sl | name | Madžarsk~
CZ | en | name | Czech Republic | Czechia
CZ | en | adjective | Czech
CZ | ru | name | Чехи~ | Чешск~ Республик~
CZ | kk | name | Чехия~
CZ | sl | name | Češk~
SK | en | name | Slovakia
SK | en | adjective | Slovak
SK | ru | name | Словаки~
SK | kk | name | Словакия~
SK | sl | name | Slovašk~
HR | en | name | Croatia
HR | en | adjective | Croatian
HR | ru | name | Хорвати~
HR | kk | name | Хорватия~
HR | sl | name | Hrvašk~
RS | en | name | Serbia
RS | en | adjective | Serbian
RS | ru | name | Серби~
RS | kk | name | Сербия~
RS | sl | name | Srbij~
ME | en | name | Montenegro
ME | ru | name | Черногори~
ME | sl | name | Črn~ gor~ | Črn~ Gor~
BE | en | name | Belgium
BE | en | adjective | Belgian
BE | ru | name | Бельги~
BE | kk | name | Бельгия~
BE | sl | name | Belgij~
AT | en | name | Austria
AT | en | adjective | Austrian
AT | ru | name | Австри~
AT | kk | name | Австрия~
AT | sl | name | Avstrij~
EG | en | name | Egypt
EG | en | adjective | Egyptian
EG | ru | name | Египт~
EG | kk | name | Мысыр~ | Египет~
EG | sl | name | Egipt~
SA | en | name | Saudi Arabia | Kingdom of Saudi Arabia
SA | en | adjective | Saudi
SA | ru | name | Саудовск~ Арави~
SA | kk | name | Сауд Арабиясы~
SA | sl | name | Savdsk~ Arabij~
KW | en | name | Kuwait
KW | ru | name | Кувейт~
KW | kk | name | Кувейт~
IL | en | name | Israel
IL | en | adjective | Israeli
IL | ru | name | Израил~
IL | kk | name | Израиль~
MN | en | name | Mongolia
MN | en | adjective | Mongolian
MN | ru | name | Монголи~
MN | kk | name | Моңғолия~ | Монголия~
MN | sl | name | Mongolij~
PK | en | name | Pakistan
PK | en | adjective | Pakistani
PK | ru | name | Пакистан~
PK | kk | name | Пәкістан~ | Пакистан~
SY | en | name | Syria
SY | en | adjective | Syrian
SY | ru | name | Сири~
SY | kk | name | Сирия~
FR | en | name | France
FR | en | adjective | French
FR | ru | name | Франци~
FR | kk | name | Франция~
FR | sl | name | Francij~
ES | en | name | Spain
ES | en | adjective | Spanish
ES | ru | name | Испани~
FI | en | name | Finland
FI | ru | name | Финлянди~
SI | en | name | Slovenia
SI | en | adjective | Slovenian
SI | ru | name | Словени~
SI | sl | name | Slovenij~
SI | sl | adjective | slovensk~
ID | en | name | Indonesia
ID | ru | name | Индонези~
ID | kk | name | Индонезия~
SG | en | name | Singapore
SG | ru | name | Сингапур~
SG | kk | name | Сингапур~
CH | en | name | Switzerland
CH | en | adjective | Swiss
CH | ru | name | Швейцари~
CA | en | name | Canada
CA | en | adjective | Canadian
CA | ru | name | Канад~
AU | en | name | Australia
AU | en | adjective | Australian
AU | ru | name | Австрали~
PH | en | name | Philippines
BD | en | name | Bangladesh
VN | en | name | Vietnam | Viet Nam
GR | en | name | Greece
GR | ru | name | Греци~
RO | en | name | Romania
RO | ru | name | Румыни~
NL | en | name | Netherlands
SE | en | name | Sweden
NO | en | name | Norway
IE | en | name | Ireland
OM | en | name | Oman
BH | en | name | Bahrain
IQ | en | name | Iraq
MY | en | name | Malaysia
TH | en | name | Thailand
NP | en | name | Nepal
MX | en | name | Mexico

# --- regions and blocs ---
central-asia | en | name | Central Asia | Central Asian region
central-asia | en | adjective | Central Asian
central-asia | en | demonym | Central Asians
central-asia | ru | name | Центральн~ Ази~ | Средн~ Ази~
central-asia | ru | adjective | центральноазиатск~ | среднеазиатск~
central-asia | kk | name | Орталық Азия~
central-asia | sl | name | Srednj~ Azij~ | Osrednj~ Azij~ | Centraln~ Azij~
central-asia | sl | adjective | srednjeazijsk~
cis | en | name | CIS | Commonwealth of Independent States
cis | ru | name | СНГ | Содружеств~ Независим~ Государств~
cis | kk | name | ТМД | Тәуелсіз Мемлекеттер Достастығы~
cis | sl | name | SND | Skupnost~ neodvisn~ držav~ | Skupnost~ Neodvisn~ Držav~
eaeu | en | name | EAEU | EEU | EAU | Eurasian Economic Union | Eurasian Union
eaeu | ru | name | ЕАЭС | ЕврАзЭС | Евразийск~ экономическ~ союз~ | Евразийск~ Экономическ~ Союз~
eaeu | kk | name | ЕАЭО | Еуразиялық экономикалық одақ~ | Еуразиялық Экономикалық Одақ~ | Еуразиялық одақ~ | Еуразиялық Одақ~
eaeu | sl | name | EAEU | Evrazijsk~ ekonomsk~ unij~
eu | en | name | EU | European Union
eu | ru | name | ЕС | Евросоюз~ | Европейск~ союз~ | Европейск~ Союз~
eu | kk | name | ЕО | Еуропалық Одақ~ | Еуропалық одақ~
eu | sl | name | EU | Evropsk~ unij~ | Evropsk~ Unij~
world | en | name | world | worldwide | globe
world | en | adjective | global
world | ru | adjective | миров~
world | kk | name | әлем~
world | sl | adjective | svetovn~
europe | en | name | Europe
europe | en | adjective | European
europe | ru | name | Европ~
europe | ru | adjective | европейск~
europe | kk | name | Еуропа~
europe | kk | adjective | еуропалық~
europe | sl | name | Evrop~
europe | sl | adjective | evropsk~
asia | en | name | Asia
asia | en | adjective | Asian
asia | ru | name | Ази~
asia | kk | name | Азия~
asia | sl | name | Azij~
eurasia | en | name | Eurasia
eurasia | en | adjective | Eurasian
eurasia | ru | name | Еврази~
eurasia | kk | name | Еуразия~
middle-east | en | name | Middle East
middle-east | ru | name | Ближн~ Восток~
middle-east | kk | name | Таяу Шығыс~
middle-east | sl | name | Bližnj~ vzhod~ | Bližnj~ Vzhod~
gulf | en | name | Persian Gulf | Gulf states | Gulf countries
gulf | ru | name | Персидск~ залив~
gulf | kk | name | Парсы шығанағы~
post-soviet | en | name | post-Soviet space | former Soviet Union
post-soviet | en | adjective | post-Soviet
post-soviet | ru | adjective | постсоветск~
post-soviet | kk | adjective | посткеңестік~
ussr | en | name | USSR | Soviet Union
ussr | en | adjective | Soviet
ussr | ru | name | СССР | Советск~ Союз~
ussr | kk | name | КСРО | Кеңес Одағы~
ussr | sl | name | ZSSR | Sovjetsk~ zvez~ | Sovjetsk~ Zvez~

chuy-region | en | name | Chuy region | Chui region | Chuy oblast | Chuy | Chui
chuy-region | ru | name | Чуйск~ област~ | Чуй
chuy-region | kk | name | Шу облысы~ | Шуй~
chuy-region | sl | name | Čuj~ | Čujsk~ regij~
osh-region | en | name | Osh region | Osh oblast
osh-region | ru | name | Ошск~ област~
osh-region | kk | name | Ош облысы~
naryn-region | en | name | Naryn region | Naryn oblast | Naryn
naryn-region | ru | name | Нарынск~ област~ | Нарын~
naryn-region | kk | name | Нарын облысы~ | Нарын~
issyk-kul-region | en | name | Issyk-Kul region | Issyk-Kul | Issyk Kul | Ysyk-Kol | Issyk-Kul oblast
issyk-kul-region | ru | name | Иссык-Кульск~ област~ | Иссык-Кул~
issyk-kul-region | kk | name | Ыстықкөл~ | Ыстықкөл облысы~
jalal-abad-region | en | name | Jalal-Abad region | Jalal-Abad | Jalalabad | Jalal-Abad oblast
jalal-abad-region | ru | name | Джалал-Абадск~ област~ | Джалал-Абад~
jalal-abad-region | kk | name | Жалал-Абад~ | Жалалабад~
batken-region | en | name | Batken region | Batken | Batken oblast
batken-region | ru | name | Баткенск~ област~ | Баткен~
batken-region | kk | name | Баткен~
talas-region | en | name | Talas region | Talas | Talas oblast
talas-region | ru | name | Таласск~ област~ | Талас~
talas-region | kk | name | Талас облысы~
moscow-region | en | name | Moscow region | Moscow oblast
moscow-region | ru | name | Московск~ област~ | Подмосков~
tatarstan | en | name | Tatarstan | Republic of Tatarstan
tatarstan | ru | name | Татарстан~
atyrau-region | en | name | Atyrau region
atyrau-region | ru | name | Атырауск~ област~
atyrau-region | kk | name | Атырау облысы~

# --- cities ---
bishkek | en | name | Bishkek
bishkek | ru | name | Бишкек~
bishkek | kk | name | Бішкек~ | Бишкек~
bishkek | sl | name | Biškek~
osh | en | name | Osh
osh | ru | name | Ош~
osh | kk | name | Ош~
almaty | en | name | Almaty | Alma-Ata
almaty | ru | name | Алмат~ | Алма-Ат~
almaty | kk | name | Алматы~
almaty | sl | name | Almat~
astana | en | name | Astana | Nur-Sultan
astana | ru | name | Астан~ | Нур-Султан~
astana | kk | name | Астана~ | Нұр-Сұлтан~
astana | sl | name | Astan~
shymkent | en | name | Shymkent
shymkent | ru | name | Шымкент~
shymkent | kk | name | Шымкент~
tashkent | en | name | Tashkent
tashkent | ru | name | Ташкент~
tashkent | kk | name | Ташкент~
tashkent | sl | name | Taškent~
samarkand | en | name | Samarkand
samarkand | ru | name | Самарканд~
samarkand | kk | name | Самарқанд~
dushanbe | en | name | Dushanbe
dushanbe | ru | name | Душанбе
dushanbe | kk | name | Душанбе~
dushanbe | sl | name | Dušanbe~
ashgabat | en | name | Ashgabat | Ashkhabad
ashgabat | ru | name | Ашхабад~ | Ашгабат~
ashgabat | kk | name | Ашхабад~ | Ашғабат~
moscow | en | name | Moscow
moscow | ru | name | Москв~
moscow | kk | name | Мәскеу~
moscow | sl | name | Moskv~
saint-petersburg | en | name | St. Petersburg | Saint Petersburg | St Petersburg
saint-petersburg | ru | name | Санкт-Петербург~ | Петербург~
saint-petersburg | kk | name | Санкт-Петербург~
ankara | en | name | Ankara
ankara | ru | name | Анкар~
istanbul | en | name | Istanbul
istanbul | ru | name | Стамбул~
seoul | en | name | Seoul
seoul | ru | name | Сеул~
dubai | en | name | Dubai
dubai | ru | name | Дуба~

# --- organizations ---
iom | en | name | IOM | International Organization for Migration | International Organisation for Migration | International Organization of Migration
iom | ru | name | МОМ | Международн~ организаци~ по миграции
iom | kk | name | ХКҰ | халықаралық көші-қон ұйымы~
iom | sl | name | IOM | Mednarodn~ organizacij~ za migracije
world-bank | en | name | World Bank | World Bank Group
world-bank | ru | name | Всемирн~ банк~ | Всемирн~ Банк~
world-bank | kk | name | Дүниежүзілік банк~! | Дүниежүзілік Банк~!
world-bank | sl | name | Svetovn~ bank~ | Svetovn~ Bank~
ilo | en | name | ILO | International Labour Organization | International Labor Organization | International Labour Organisation
ilo | ru | name | МОТ | Международн~ организаци~ труда
ilo | kk | name | ХЕҰ | халықаралық еңбек ұйымы~
ilo | sl | name | ILO | MOD | Mednarodn~ organizacij~ dela
un | en | name | UN | United Nations
un | ru | name | ООН | Организаци~ Объединённ~ Наций | Организаци~ Объединенн~ Наций
un | kk | name | БҰҰ | Біріккен Ұлттар Ұйымы~
un | sl | name | OZN | Združen~ narod~ | Organizacij~ združen~ narodov
un-desa | en | name | UN DESA | UNDESA | United Nations Department of Economic and Social Affairs | UN Department of Economic and Social Affairs | DESA
un-desa | ru | name | ДЭСВ ООН
unhcr | en | name | UNHCR | UN High Commissioner for Refugees | United Nations High Commissioner for Refugees | UN Refugee Agency
unhcr | ru | name | УВКБ ООН | УВКБ
unhcr | kk | name | БҰҰ БЖКБ
un-escap | en | name | UN ESCAP | ESCAP | UNESCAP | UN Economic and Social Commission for Asia and the Pacific | United Nations Economic and Social Commission for Asia and the Pacific
un-escap | ru | name | ЭСКАТО ООН | ЭСКАТО
undp | en | name | UNDP | United Nations Development Programme
undp | ru | name | ПРООН
oecd | en | name | OECD | Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development
oecd | ru | name | ОЭСР
oecd | kk | name | ЭЫДҰ
icmpd | en | name | ICMPD | International Centre for Migration Policy Development | International Center for Migration Policy Development
icmpd | ru | name | МЦРМП
osce | en | name | OSCE | Organization for Security and Co-operation in Europe
osce | ru | name | ОБСЕ
osce | kk | name | ЕҚЫҰ
sco | en | name | SCO | Shanghai Cooperation Organisation | Shanghai Cooperation Organization
sco | ru | name | ШОС | Шанхайск~ организаци~ сотрудничества
sco | kk | name | ШЫҰ | Шанхай Ынтымақтастық Ұйымы~
csto | en | name | CSTO | Collective Security Treaty Organization
csto | ru | name | ОДКБ
csto | kk | name | ҰҚШҰ
eec | en | name | Eurasian Economic Commission | EEC
eec | ru | name | ЕЭК | Евразийск~ экономическ~ комисси~
eec | kk | name | Еуразиялық экономикалық комиссия~
imf | en | name | IMF | International Monetary Fund
imf | ru | name | МВФ
adb | en | name | ADB | Asian Development Bank
hrw | en | name | Human Rights Watch | HRW
rosstat | en | name | Rosstat
rosstat | ru | name | Росстат~
rosstat | kk | name | Росстат~
ru-mvd | en | name | Russian Interior Ministry | Russian Ministry of Internal Affairs | Ministry of Internal Affairs of the Russian Federation | MVD
ru-mvd | ru | name | МВД России | МВД РФ | Министерств~ внутренн~ дел Российск~ Федераци~
kg-nsc | en | name | National Statistical Committee of the Kyrgyz Republic | National Statistics Committee of the Kyrgyz Republic | NSC KR | Kyrgyzstani committee
kg-nsc | ru | name | Национальн~ статистическ~ комитет~ Кыргызск~ Республик~ | Нацстатком~
kz-bns | en | name | Bureau of National Statistics | Bureau of National Statistics of the Republic of Kazakhstan
kz-bns | ru | name | Бюро национальной статистики
kz-bns | kk | name | Ұлттық статистика бюросы~
uz-stat | en | name | Statistics Agency under the President of the Republic of Uzbekistan | Statistics Agency under the President of Uzbekistan | National Statistics Committee of the Republic of Uzbekistan
uz-stat | ru | name | Агентств~ статистики при Президенте Республики Узбекистан
tj-stat | en | name | Agency on Statistics under the President of the Republic of Tajikistan | TajStat
tm-stat | en | name | State Committee of Turkmenistan on Statistics
uz-migration-agency | en | name | Agency for External Labor Migration | Agency for External Labour Migration | Migration Agency of Uzbekistan | Agency for Migration
tj-migration-service | en | name | Migration Service of Tajikistan | Tajik migration Agency | Migration Service of the Ministry of Labour, Migration and Employment of Population of the Republic of Tajikistan
kg-labour-ministry | en | name | Ministry of Labour, Social Security and Migration of the Kyrgyz Republic | Ministry of Labor, Social Development and Migration of the Kyrgyz Republic | Ministry of Labor, Social Security and Migration of the Kyrgyz Republic
kz-labour-ministry | en | name | Ministry of Labour and Social Protection of the Population of Kazakhstan | Ministry of Labor and Social Protection of Population of the Republic of Kazakhstan | Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan
tj-labour-ministry | en | name | Ministry of Labour, Migration and Employment of Population of the Republic of Tajikistan | Ministry of Labor, Migration and Employment of Population of the Republic of Tajikistan

# --- inflectional endings ---
# Russian noun and adjective endings.
[suffix ru]
а | я | у | ю | ом | ем | ём | е | ы | и | ой | ей | ою | ею | ам | ям | ами | ями | ах | ях | ов | ев | й | ий | ый | ая | яя | ое | ее | ие | ые | ого | его | ому | ему | ым | им | ых | их | ыми | ими | ую | юю | ин | ина | ину | ином | ине | ины | ия | ию | ией | ии

# Slovenian noun and adjective endings.
[suffix sl]
a | e | i | o | u | om | em | ih | im | ima | imi | ov | ev | ega | emu | ja | ju | jo | je | ji | jem | ah | ami | oma | ema | mi | ski | ska | sko | ske | em

# English: only plurals of demonyms written with "~".
[suffix en]
s | es

# Kazakh endings are generated as stem + [derivation] + [plural] +
# ([possessive] + [possessive-case] | [case]); each combination follows the
# vowel harmony of the stem's last vowel. Endings in [kk-invariant] do not
# harmonize.
[kk-derivation]
лық | лік | дық | дік | тық | тік
[kk-plural]
лар | лер | дар | дер | тар | тер
[kk-possessive]
ы | і | сы | сі
[kk-possessive-case]
ның | нің | на | не | нда | нде | нан | нен | н | мен | ндағы | ндегі
[kk-case]
да | де | та | те | дан | ден | тан | тен | нан | нен | ға | ге | қа | ке | а | е | на | не | нда | нде | ның | нің | дың | дің | тың | тің | ды | ді | ты | ті | ны | ні | ы | і | дағы | дегі | тағы | тегі | ша | ше | ша
[kk-invariant]
мен | бен | пен
