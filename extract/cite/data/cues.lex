# Cue words for citation callouts; case-folded, matched at word boundaries.
# (Attribution patterns and their organisation words are in attrib.lex.)

# Head words that make a callout's name part an organisation (prefixes for
# Cyrillic inflection: a phrase word starting with one of these counts).
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
