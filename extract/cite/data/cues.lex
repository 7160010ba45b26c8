# Cue phrases for citations and attributions; case-folded, matched at word
# boundaries.

# Phrases after which an organisation is named as the source of a
# statement: "according to the World Bank", "по данным Всемирного банка".
[attribution-before]
according to
as reported by
as estimated by
as stated by
based on data from
based on the data from
data from
figures from
estimates by
reported by
по данным
согласно данным
согласно
по информации
по оценкам
по сведениям
как сообщает
po podatkih
po navedbah
glede na podatke
po ocenah

# Phrases that follow the organisation: "the Tajik migration Agency
# reported", "Дүниежүзілік банктің мәліметінше".
[attribution-after]
reported
reports
has reported
estimated
estimates
announced
stated
мәліметінше
мәліметі бойынша
деректері бойынша
деректеріне сәйкес
хабарлауынша
сообщает
сообщил
сообщило
сообщила
poroča
navaja

# Head words that make a phrase an organisation (prefixes for Cyrillic
# inflection: a phrase word starting with one of these counts).
[organisation]
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
centre
center
union
programme
program
foundation
secretariat
observatory
unicef
unhcr
iom
ilo
undp
oecd
imf
eaeu
cis
sco
eurostat
rosstat
министерств
агентств
банк
комитет
бюро
служб
правительств
фонд
институт
центр
организаци
союз
мвд
росстат
министрлі
агенттігі
комитеті
үкімет
қор
ұйым
ministrstv
agencij
urad
banka

# Words that are not surnames although capitalised before a year in
# brackets ("in Kyrgyzstan (2023)", "Figure 2 (2020)").
[not-name]
figure
table
chart
fig
appendix
source
law
decree
resolution
concept
strategy
programme
program
census
survey
report
january
february
march
april
may
june
july
august
september
october
november
december
kyrgyzstan
kazakhstan
uzbekistan
tajikistan
turkmenistan
russia
china
ukraine
turkey
türkiye
korea
europe
asia
bishkek
almaty
astana
tashkent
dushanbe
moscow
the
in
since
from
until
by
and
or
between
during
after
before
of
covid
total
period
phase
stage
year
years

# "and others" after a surname in a callout.
[etal]
et al.
et al
и др.
и др
т.б.
және т.б.
idr.
in sod.
i dr.
u. a.
ve ark.

# "and" between two surnames in a callout.
[and]
&
and
и
және
in
und
et
