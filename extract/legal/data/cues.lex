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
# [citation]      words of a reference entry that make it a publication about
#                 an act rather than the act (unless the entry has a number).
# [law-fields]    words that make "X Law" a field of law, or "Code of X" a
#                 professional code, not an act ("International Law", "Human
#                 Rights Law", "Code of Conduct").
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
принят* | утвержд* | подписан* | введен* | вступил*
қабылда* | бекіт* | енгізіл* | қол қой* | күшіне ен*
sprejet* | sprejel* | podpisan* | uveljavl*
[adoption-not]
until | before | дейін | до | prior
[date-lead]
dated | of | from | on | as of | от | z dne | dne | od
[ordinal]
first | new | revised | current | updated | original | amended | latest | main | national
[org]
center | centre | committee | agency | institute | index | council | fund | office | service | department | bank | organization | organisation | union | university | commission | foundation | board | group | forum | network | project | team | unit | bureau | division | lab | laboratory | school | platform | portal
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
[citation]
doi | doi.org | journal | vol | pp | press | university | proceedings | handbook | review
[law-fields]
international | human | rights | comparative | constitutional | civil | criminal | administrative | public | private | european | customary | humanitarian | refugee | family | environmental | economic | business | commercial | soft | hard
conduct | ethics | practice | practices | honour | honor | professional
