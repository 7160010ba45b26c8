# Title vocabulary for TitleKey: titles of the same act written in English,
# Russian, Kazakh or Slovenian (or transliterated Russian) must give the same
# key. Phrases follow juris.lex rules, but every word is a stem matched
# case-insensitively: a title word matches a stem when it starts with it and
# is at most five letters longer ("migration" ← migrations, "көші-қон" ←
# көші-қонның).
#
# [concepts]  ids | stem phrase | stem phrase ...
#             ids is a comma-separated list of concept ids the phrase stands
#             for. Longer phrases win, so "foreign migration" (= external
#             migration, внешняя миграция) is told from "foreign citizens".
# [stop]      words that carry no identity (articles, prepositions, "years").
# [approval]  words of an approving or signing title ("On Approval of the
#             Concept ..."): the act type that follows is what the act
#             approves (its subject), and the words are dropped.
[concepts]
external,migration | foreign migration | external migration | внешней миграции | внешняя миграция | внешн миграц | сыртқы көші-қон | zunanj migracij | vneshn migrats
external,labor,migration | foreign labor migration | foreign labour migration | external labor migration | external labour migration | внешней трудовой миграции | внешн трудов миграц | сыртқы еңбек көші-қон | сыртқы еңбек миграция | zunanj delovn migracij
migration | migration | migratory | миграц | миграцион | миграция | көші-қон | көшіп-қон | migracij | migrats
migrant | migrant | мигрант | көшіп-келуш | migrant
emigration | emigration | эмиграц | эмиграция | izseljevanj | emigracij
immigration | immigration | иммиграц | иммиграция | priseljevanj | imigracij
external | external | outward | внешн | сыртқы | zunanj | vneshn
internal | internal | domestic | внутренн | ішкі | notranj | vnutrenn
foreign | foreign | иностран | шетел | шетелдік | tuj | inostran
labor | labor | labour | трудов | труд | еңбек | delovn | dela | trudov
population | population | населени | халық | халықтың | prebivalst | naselen
policy | policy | политик | саясат | politik
state | state | государствен | мемлекет | držav | gosudarstvenn
employment | employment | занятост | трудоустройств | жұмыспен қамту | жұмысқа орналасу | zaposlovanj | zaposlitv | zanyatost
private | private | частн | жеке | zasebn | chastn
agency | agency | agencies | агентств | агенттік | agencij | agentstv
citizen | citizen | граждан | азамат | državljan | grazhdan
stateless | stateless | без гражданства | азаматтығы жоқ | brez državljanstva | apatrid
person | person | persons | лиц | тұлға | адам | oseb
stay | stay | пребывани | болу | bivanj | prebyvani
territory | territory | территори | аумақ | ozemlj | territori
regulation | regulation | regulating | regulate | регулировани | реттеу | urejanj | regulirovani
process | process | процесс | процестер | үдеріс | proces
measure | measure | мер | шара | ukrep
improve | improve | improving | improvement | совершенствовани | улучшени | жетілдіру | жақсарту | izboljš
system | system | систем | жүйе | sistem
safe | safe | безопасн | қауіпсіз | varn
orderly | orderly | упорядоченн | реттелген | urejen
legal | legal | legitimate | законн | заңды | zakonit
guarantee | guarantee | гаранти | кепілдік | jamstv
strengthen | strengthen | strengthening | усилени | укреплени | күшейту | krepit
temporary | temporary | temporarily | временн | уақытша | začasn
abroad | abroad | за рубежом | за границ | шетелде | v tujini
work | work | working | работ | жұмыс
worker | worker | работник | жұмысшы | жұмыскер | delavc | delavec
support | support | поддержк | қолдау | podpor
compatriot | compatriot | соотечественник | отандас | rojak
fundamental | fundamental | основ | негіз | temelj
additional | additional | further | дополнительн | қосымша | dodatn
introduce | introduce | introduction | введени | внедрени | енгізу | uvedb
qatar | qatar | катар | катар | katar
regional | region | regional | регион | өңір | аймақ | regij
development | development | развити | даму | razvoj
national | national | nationwide | национальн | общенациональн | ұлттық | жалпыұлттық | nacionaln | vsedržavn
repatriation | repatriation | kandas | reintegration | репатриац | қандас | repatriacij
diaspora | diaspora | диаспор | диаспора | diaspor
refugee | refugee | беженц | босқын | begun
asylum | asylum | убежищ | баспана | azil
amnesty | amnesty | амнисти | рақымшылық | рақымшылы | amnestij
customs | customs | таможен | кеден | carin
trade | trade | торгов | сауда | trgovin
cooperation | cooperation | co-operation | сотрудничеств | ынтымақтастық | sodelovanj
unified | unified | single | uniform | единый | единого | единой | бірыңғай | enotn
financial | financial | финансов | қаржы | finančn
market | market | рынок | рынка | рынков | нарығ | нарық | trg
common | common | общий | общего | жалпы | skupn
constitution | constitution | конституц | ustav
amendment | amendment | поправк | түзету | түзетул | spremem
legislation | law | laws | legislation | legislative | законодательств | законы | законов | заңнама | заңдар | zakonodaj | zakoni | zakonov
refugee,status | status of refugees | статусе беженцев | босқындар мәртебесі
integration | integration | интеграц | интеграция | integracij
service | service | служб | қызмет | služb
[stop]
on | of | the | and | for | in | to | a | an | by | with | from | at | as | its | their | up | period | years | year | some | certain | issues | matters | questions
о | об | в | во | и | на | для | по | с | со | к | от | годы | год | годов | года | период | некоторых | вопросах | вопросы
туралы | және | мен | бен | пен | жылдарға | арналған | жылға | дейін | жөніндегі | кейбір | мәселелері
o | in | za | na | v | z | s | do | leta | let | obdobje | nekaterih | vprašanjih | ter | področju | področje | področja
[approval]
approval | approving | approve | adoption | signing | ratification | conclusion | утверждении | утверждения | утвердить | подписании | ратификации | заключении | бекіту | бекіту туралы | қол қою | ратификациялау | жасасу | sprejetju | sprejemu | potrditvi | podpisu | ratifikaciji | utverzhdenii
