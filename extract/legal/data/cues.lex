# Cue words the detector reads. Phrases follow juris.lex rules (lower case:
# any case; "*": stem).
#
# [definite]      the plain definite article: "the Concept" is anaphoric only
#                 when the type word is capitalised (or opens the sentence).
# [demonstrative] demonstratives that make any type word anaphoric
#                 ("this law", "данный закон", "бұл заң").
# [indefinite]    determiners that make a bare type word generic.
# [adoption]      words saying an act was adopted, signed or entered into
#                 force; a year near one of them dates the act it governs.
# [adoption-not]  words that cancel a following adoption word ("until it
#                 enters into force").
# [date-lead]     words that introduce the date of an act after its type.
# [ordinal]       adjectives skipped between an issuer and the act
#                 ("Kazakhstan's first ... Law").
# [org]           nouns that turn a preceding type word into an organisation
#                 name ("Development Strategy Center").
# [upto]          words that introduce the last year of a period ("up to 2040").
# [period-lead]   words allowed before a period ("for the period 2021–2030").
# [period-trail]  words allowed after a period ("2023–2027 years").
# [year-trail]    words that may follow a bare year ("2011 года", "2006 жылы").
# [parties]       words that introduce the other party of an agreement.
# [parties-between] those of them that introduce both parties ("between A
#                 and B"): two named parties are still one act.
# [citation]      words of a reference entry that make it a publication about
#                 an act rather than the act (unless the entry has a number).
# [law-fields]    words that make "X Law" a field of law, or "Code of X" a
#                 professional code, not an act ("International Law", "Human
#                 Rights Law", "Code of Conduct").
# [quantifier]    words that make a plural several acts ("several agreements
#                 with Qatar", "бірқатар келісімдер").
# [amended]       what "amendments to ..." amends: the words (singular or
#                 plural) that make the amendments an amending act.
# [activity]      type words that, followed by "of", name an activity, not an
#                 act ("the regulation of migration", "the order of
#                 submission"), unless a number or quoted title follows.
# [verb-lead]     words before a "det" type word that make it a verb ("to
#                 deal with").
# [period-during] words before a period that say when something happened, not
#                 which period a document covers ("policy in 2011–2022").
# [title-stop]    words that end an unquoted lower-case title: verbs and
#                 auxiliaries ("Zakon o tujcih | določa ...", "Resolucija o
#                 migracijski politiki | je bila sprejeta").
# [not-anaphor]   nouns that make a capitalised type word before them part of
#                 a compound term, not a reference to an act ("Law
#                 enforcement", "Strategy Center").
[definite]
the
[demonstrative]
this | that | said | the said
данный | данного | данному | данным | данном | данная | данной | данную
этот | этого | этому | этим | этом | эта | этой | эту
настоящий | настоящего | настоящим | настоящем | настоящая | настоящей
указанный | указанного | указанным | указанном | указанная | указанной | указанную
названный | названного | упомянутый | упомянутого | упомянутом
бұл | осы | аталған | аталмыш | көрсетілген
ta | tega | tem | omenjeni | omenjenega | omenjenem | navedeni | navedenega
[indefinite]
a | an | any | every | each | such | some | another | one | such a | own
[adoption]
adopted | adopting | adoption | passed | enacted | enacting | enactment | approved | approving | signed | promulgated | promulgation | launched | launch | issued | entered into force | came into force | came into effect | took effect
declared | proclaimed
принят* | утвержд* | подписан* | введен* | вступил* | объявлен* | проведен*
қабылда* | бекіт* | енгізіл* | енгізді | қол қой* | күшіне ен* | жарияла*
sprejet* | sprejel* | podpisan* | uveljavl* | razglašen* | sklenil* | sklenjen*
[adoption-not]
until | before | дейін | до | prior
[date-lead]
dated | of | from | on | as of | от | z dne | dne | od | leta | v letu | iz leta
[ordinal]
first | new | revised | current | updated | original | amended | latest | main | national
[org]
center | centre | committee | agency | institute | index | council | fund | office | service | department | bank | day | organization | organisation | union | university | commission | foundation | board | group | forum | network | project | team | unit | bureau | division | lab | laboratory | school | platform | portal
[upto]
up to | until | till | through | до | do leta | do
[period-lead]
for | the | period | for the period | for the years | на | период | za | obdobje | za obdobje | v obdobju | in
[period-trail]
years | year | годы | годов | года | гг | г | жылдарға | жылдарына | жылдарда | жылдар | арналған | let | leta
[year-trail]
года | году | годом | г | гг | жылы | жылғы | жылдың | жылдан | ж | leta | letu
[parties]
with | between | among | с | со | между | z | s | med
[parties-between]
between | между | med
[citation]
doi | doi.org | journal | vol | pp | press | university | proceedings | handbook | review
[law-fields]
international | human | rights | comparative | constitutional | civil | criminal | administrative | public | private | european | customary | humanitarian | refugee | family | environmental | economic | business | commercial | soft | hard
conduct | ethics | practice | practices | honour | honor | professional
[quantifier]
several | a number of | a series of | many | multiple | numerous | various | some | dozens | hundreds | a few | few
несколько | нескольких | ряд | ряда | многие | многих | различные | различных | ряду
бірқатар | бірнеше | көптеген | түрлі | әртүрлі | сан алуан | бір қатар
več | številne | številnih | nekaj | nekatere | nekaterih | različne | različnih
[amended]
law | laws | legislation | code | codes | acts | act | statutes | regulations
законы | законов | законам | законодательство | законодательства | кодекс | кодексы
заңдарға | заңдар | заңнамаға | заңнама | кодекске | заңға
zakone | zakonov | zakonodajo | zakonodaje | zakonik
[activity]
regulation | order
[not-anaphor]
enforcement | enforcement agencies | firm | firms | school | schools | student | students | faculty | degree | maker | makers | and order | society | review | journal | center | centre | committee | agency | institute | index | council | fund | office | department
[verb-lead]
to | will | would | can | could | must | should | may | might | shall | cannot | we | they | you | i | who | which | that | and | or | not | also | often | directly
[title-stop]
je | so | se | sta | bo | bodo | bi | ni | niso | bil | bila | bilo | bili | bile | velja | veljajo | določa | določajo | ureja | urejajo | predpisuje | uvaja | omogoča | opredeljuje | zahteva | spreminja | sprejel* | sprejet* | podpisal* | podpisan* | uveljav* | začel* | stopil*
был | была | было | были | является | являлся | являлась | стал | стала | вступил* | принят* | утвержден* | подписан*
[period-during]
in | during | between | since | from | over | v | med | od | в | во | с | со | между | в течение
