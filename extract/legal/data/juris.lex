# Jurisdictions: code | phrase | phrase ...
#
# Codes: kz kg uz tj tm ru eaeu cis un int si (acts.json contract names).
# A phrase is a sequence of words. A phrase written in lower case matches in
# any case; a phrase with capital letters (abbreviations: UN, ҚР, RS) must
# match exactly. A word ending in "*" is a stem: it matches any word that
# starts with it (Қазақстанның, Kazahstanu, России).
#
# [names]       names of states and organisations: they can be the issuer of
#               an act ("of the Republic of Kazakhstan", "Kyrgyz Republic Law",
#               "Қазақстан Республикасының ... Заңы").
# [adjectives]  adjectives and demonyms ("Kazakh government", "uzbekistansko
#               strategijo"): they give the jurisdiction of the context and of
#               a mention they modify, never an issuer phrase after "of".
[names]
kz | republic of kazakhstan | kazakhstan | республики казахстан | республика казахстан | республикой казахстан | республике казахстан | казахстан* | РК | ҚР | қазақстан республикасының | қазақстан республикасы | қазақстан* | kazahstan* | respubliki kazakhstan | qazaqstan*
kg | kyrgyz republic | kyrgyzstan | kirghizia | кыргызской республики | кыргызская республика | кыргызской республике | кыргызской республикой | кыргызстан* | киргизи* | КР | қырғыз республикасының | қырғыз республикасы | қырғызстан* | kirgizistan* | kirgizij* | kyrgyzskoy respubliki
uz | republic of uzbekistan | uzbekistan | республики узбекистан | республика узбекистан | республике узбекистан | республикой узбекистан | узбекистан* | РУз | өзбекстан республикасының | өзбекстан* | uzbekistan* | respubliki uzbekistan | o'zbekiston*
tj | republic of tajikistan | tajikistan | республики таджикистан | республика таджикистан | республике таджикистан | республикой таджикистан | таджикистан* | тәжікстан республикасының | тәжікстан* | tadžikistan* | respubliki tadzhikistan
tm | turkmenistan | туркменистан* | түрікменстан* | түркіменстан* | turkmenistan*
ru | russian federation | russia | российской федерации | российская федерация | росси* | РФ | ресей федерациясы* | ресей* | rusij* | ruska federacija
si | republic of slovenia | slovenia | republike slovenije | republika slovenija | slovenij* | RS
eaeu | eurasian economic union | EAEU | EEU | ЕАЭС | ЕАЭО* | евразийского экономического союза | евразийский экономический союз | еуразиялық экономикалық одақ* | evrazijsk* ekonomsk* unij*
cis | commonwealth of independent states | CIS | СНГ | ТМД* | содружества независимых государств | тәуелсіз мемлекеттер достастығы* | SND
un | united nations | UN | ILO | international labour organization | international labor organization | international labour organisation | ООН | МОТ | БҰҰ | ХЕҰ | біріккен ұлттар ұйымы* | združenih narodov | OZN
[adjectives]
kz | kazakh | kazakhstani | казахстанск* | қазақстанды* | kazahstansk*
kg | kyrgyz | kyrgyzstani | кыргызск* | киргизск* | қырғыз | kirgiz* | kirgišk*
uz | uzbek | uzbekistani | узбекск* | өзбек | uzbekistansk* | uzbešk*
tj | tajik | tajikistani | таджикск* | тәжік | tadžikistansk* | tadžišk*
tm | turkmen | туркменск* | түрікмен | turkmensk*
ru | russian | federal | российск* | федеральн* | ruska | ruske | ruski
si | slovenian | slovene | slovensk*
