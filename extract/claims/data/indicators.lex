# Indicators of numeric claims (ids of corpus/eval/gold/README.md) and the cue
# words that select them.
#
# [group] name | weight | lang | phrases...: a cue group. Phrases as in
# numbers.lex; text words are compared after light stemming, so list a word
# in its dictionary form or as a prefix ("remittanc*").
#
# Groups whose name starts with "@" are computed, not listed:
#   @dest         the claim names a destination (migrants in/to a place)
#   @origin       the claim names an origin (Uzbek migrants, from Kyrgyzstan)
#                 different from its destination
#   @subnational  the sentence names a region or city inside one country
#
# [indicator] id | units | required groups | bonus groups | penalty groups | priority
#   units: the claim units the indicator accepts (percent, share, persons,
#   count, times, money, days, months, years, any).
#   Every required group must have a cue in the sentence (or, at half weight,
#   in the sentence before); the score is the priority plus the weights of
#   the cues found, minus those of penalty cues. A cue within three words of
#   the figure counts three times its weight, one in its clause or within
#   eight words twice. An id may have several lines (alternative cues).

[group]
remit | 3 | en | remittance* | remitted | money transfers | personal transfers | transfers from migrants | funds sent | sent home | money sent
remit | 3 | ru | денежн* перевод* | перевод* мигрант* | переводы | переводов | перевод* денег | денежн* средств* мигрант*
remit | 3 | kk | ақша аударым* | аударым* | аударған қаражат* | ақша қаражат* | аударылған қаражат*
remit | 3 | sl | nakazil* | denarn* nakazil* | nakazan*
gdp | 3 | en | gdp | gdps | gross domestic product | economic output
gdp | 3 | ru | ввп | валов* внутренн* продукт*
gdp | 3 | kk | жіө | жалпы ішкі өнім*
gdp | 3 | sl | bdp | bruto domač* proizvod*
fromrussia | 3 | en | from russia | from the russian federation | coming from russia | originated in russia
fromrussia | 3 | ru | из россии | из рф | из российской федерации
fromrussia | 3 | kk | ресейден | ресей федерациясынан
fromrussia | 3 | sl | iz rusije | iz ruske federacije
population | 2 | en | population | populace | inhabitants | people living | total population
population | 2 | ru | населени* | жител*
population | 2 | kk | халық* | халқы* | тұрғын* саны
population | 2 | sl | prebival*
growth | 2 | en | growth | grew | growing | increase | increased | natural increase
growth | 2 | ru | прирост* | рост*
growth | 2 | kk | өсім* | өсу* | өсті
growth | 2 | sl | rast* | prirast*
internal | 3 | en | internal migra* | internal mobility | internally | within the country | within the same region | within their region | rural-urban | rural to urban | from rural | to cities | inside the country
internal | 3 | ru | внутренн* миграц* | внутренн* мигрант* | внутри страны
internal | 3 | kk | ішкі көші-қон* | ішкі мигрант* | ішкі миграция* | ел ішінде | ел ішіндегі
internal | 3 | sl | notranj* migracij* | notranj* migrant* | notranj* mobilnost*
internal | 1 | en | relocated | relocate | moved | migrated | migrate
migrant | 2 | en | migrant* | migration | migrations | labor migration | labour migration | immigrants | emigrants | expatriates | diaspora
migrant | 1 | en | workers | worker | labourers | laborers | expats
migrant | 2 | ru | мигрант* | миграц* | трудящ*-мигрант* | трудов* мигрант*
migrant | 1 | ru | работник*
migrant | 2 | kk | мигрант* | көші-қон* | еңбек мигрант* | жұмысшы-мигрант* | еңбекші-мигрант* | миграция*
migrant | 1 | kk | жұмысшы*
migrant | 2 | sl | migrant* | migracij* | delavc* migrant*
workers | 3 | en | workers | worker | labor migrant* | labour migrant* | migrant workers | foreign workers | labourers | laborers | foreign labor | foreign labour | work force
workers | 3 | ru | трудов* мигрант* | трудящ* | работник* | рабоч* | иностранн* работник* | рабоч* сил*
workers | 3 | kk | еңбек мигрант* | жұмысшы* | еңбекші* | жұмыс күш*
workers | 3 | sl | delavc* | delovn* migrant* | delovn* sil*
abroad | 3 | en | abroad | overseas | outside the country | in other countries | in foreign countries | external migration | external labor migration | external labour migration | labor export | labour export | international migrants | living abroad | working abroad | worked overseas | host countries | host country
abroad | 1 | en | working in | work in | worked in | working there | live in | living in | lived in | external | foreign | international
abroad | 3 | ru | за рубеж* | за границ* | в других странах | внешн* трудов* миграц* | внешн* миграц*
abroad | 3 | kk | шетел* | шет елдер* | сыртқы еңбек миграция* | сыртқы көші-қон* | басқа елдер*
abroad | 1 | kk | жұмыс істейді | жұмыс істейтін
abroad | 3 | sl | v tujini | tujin* | v tujih državah | zunanj* migracij*
registered | 3 | en | registered | registration | on the register
registered | 3 | ru | зарегистрирован* | на учет* | миграционн* учет* | поставлен* на учет
registered | 3 | kk | тіркелген* | тіркелді | тіркеу* | есепке
registered | 3 | sl | registrira* | prijavljen*
arrivals | 3 | en | arrival* | arrived | arriving | immigra* | inflow* | influx | entered | came to | coming to | incoming | inbound | newcomers | welcomed | moved to
arrivals | 3 | ru | прибыв* | прибыл* | въезд* | въехал* | иммигра* | приток*
arrivals | 3 | kk | келгендер* | келген мигрант* | келген жұмысшы* | келді | келу | келуі | келушілер* | кірген* | қоныс аударып келген*
arrivals | 3 | sl | priselj* | prihod* | prispel* | prišl* | vstopil*
departures | 3 | en | departure* | departed | left | left the country | emigra* | outflow* | exodus | moved abroad | move abroad | moving abroad | relocated overseas | relocated abroad | went abroad | outbound
departures | 3 | ru | выбыв* | выбыл* | выезд* | выехал* | эмигра* | отток*
departures | 3 | kk | кеткен* | кетті | кету* | кетуші* | көшіп кет* | шығып кет* | эмиграция*
departures | 3 | sl | odselj* | izselj* | odhod* | zapustil* | odšl*
net | 4 | en | net migration | migration balance | migratory balance | net inflow | net outflow | net emigration | net immigration | balance of migration | migration gain | migration loss
net | 4 | ru | сальдо | миграционн* прирост* | миграционн* убыл* | чист* миграц*
net | 4 | kk | сальдо* | көші-қон сальдосы*
net | 4 | sl | selitven* prirast* | neto migracij* | selitven* saldo
cis | 3 | en | cis | commonwealth of independent states | cis countries | these countries
cis | 3 | ru | снг | стран* снг | содружеств* независим*
cis | 3 | kk | тмд | тмд елдері*
cis | 3 | sl | snd
share | 1 | en | share | proportion | percentage | part
share | 1 | ru | доля | доли | долю | удельн* вес*
share | 1 | kk | үлес* | бөлігі*
share | 1 | sl | delež*
wage | 3 | en | wage* | salary | salaries | earnings | pay | paid | average monthly | monthly income | per month
wage | 3 | ru | заработн* плат* | зарплат* | оплат* труда | доход*
wage | 3 | kk | жалақы* | еңбекақы* | табыс*
wage | 3 | sl | plač* | dohod* | zaslužek
quota | 3 | en | quota* | work permit* | permits | patent* | labor permit* | labour permit*
quota | 3 | ru | квот* | разрешени* на работу | патент*
quota | 3 | kk | квота* | рұқсат* | патент*
quota | 3 | sl | kvot* | delovn* dovoljenj*
visa | 3 | en | visa | visas | issued | issuance
visa | 3 | ru | виз* | выдан*
visa | 3 | kk | виза* | визалар* | берілген
visa | 3 | sl | vizum* | izdan*
deport | 4 | en | deport* | expel* | expulsion* | entry ban* | banned from entering | blacklist* | removed from | forced return*
deport | 4 | ru | депорт* | выдвор* | запрет* на въезд | выслан*
deport | 4 | kk | депорт* | шығарып жіберіл* | елге кіруге тыйым*
deport | 4 | sl | deportir* | izgon* | izgnan* | prepoved* vstopa
programme | 3 | en | found jobs | found employment | organized recruitment | organised recruitment | organized labor recruitment | organized labour recruitment | employment agenc* | recruitment agenc* | were employed | employing | employed | helped in the employment | assisted | through the center | through the centre | state programme* | state program* | officially found | job placement | employment programme* | employment program*
programme | 3 | ru | трудоустро* | организованн* набор* | оргнабор*
programme | 3 | kk | жұмысқа орналас* | жұмысқа орналастыр*
programme | 3 | sl | zaposlit* | zaposlen* prek
agreement | 3 | en | agreement* | accord | accords | treaty | treaties | memorand* | acts | legal acts | documents | protocols | deals | conventions | signed
agreement | 3 | ru | соглашени* | договор* | меморандум* | протокол* | подписан*
agreement | 3 | kk | келісім* | шарт* | меморандум* | қол қой*
agreement | 3 | sl | sporazum* | pogodb* | memorand* | podpisan*
unemployment | 4 | en | unemploy* | jobless* | out of work
unemployment | 4 | ru | безработ*
unemployment | 4 | kk | жұмыссыз*
unemployment | 4 | sl | brezposeln*
labor | 2 | en | labor force | labour force | workforce | work force | employed population | employment rate | working-age | working age | economically active | global workforce | foreign-born workers
labor | 2 | ru | рабоч* сил* | занят* | трудов* ресурс* | экономически активн*
labor | 2 | kk | жұмыс күш* | еңбек ресурс* | экономикалық белсенді | жұмыспен қамт*
labor | 2 | sl | delovn* sil* | zaposlen*
survey | 4 | en | respondents | respondent | surveyed | polled | interviewed | cited | said they | reported that they
survey | 2 | en | survey | surveys | poll | interviews
survey | 4 | ru | респондент* | опрошенн*
survey | 2 | ru | опрос*
survey | 4 | kk | респондент* | сауалнамаға қатысқан*
survey | 2 | kk | сауалнама*
survey | 4 | sl | anketiranc* | vprašan*
survey | 2 | sl | anket*

[indicator]
remittances_share_from_russia | percent share | remit fromrussia | share | | 9
remittances_gdp_share | percent share | remit gdp | share | | 8
remittances_volume | money times | remit | | gdp | 5
gdp | any | gdp | | remit | 2
cis_share_arrivals | percent share | cis arrivals | share | departures | 8
cis_share_departures | percent share | cis departures | share | arrivals | 8
net_migration | persons count | net | | | 7
internal_migrants_share | percent share | internal | population migrant @subnational | abroad | 6
internal_migrants_count | persons count | internal | migrant @subnational | abroad population | 5
migrants_registered | persons count percent | registered migrant | | | 6
deportations | persons count percent times | deport | | | 7
employed_abroad_programme | persons | programme | abroad | | 5
work_quota | persons count | quota | | | 6.5
visas_issued | persons count percent share times | visa | | quota | 5
survey_share | percent share | survey | | | 5
average_wage | money times percent | wage | | remit | 6
unemployment | percent persons | unemployment | | | 6
population_growth | percent | population growth | | migrant | 6
population | persons count | population | | migrant arrivals departures | 3
arrivals | persons count percent share | arrivals | | departures | 4
departures | persons count percent share | departures | | arrivals | 4
migrant_inflow | persons count | arrivals workers | migrant | departures | 4
migrants_abroad | persons percent share times | migrant abroad | | | 3
migrants_abroad | persons percent share times | migrant @dest | @origin | | 2.5
migrants_abroad | persons percent share times | @origin @dest | | | 4.5
migrants_abroad | persons percent share times | abroad @origin | | | 3
migrants_abroad | persons percent share times | abroad @dest | | | 3
migrants_abroad | percent share | abroad population | | | 3
agreements_signed | count | agreement | | | 4
labor_force | persons percent share times | labor | | | 2
