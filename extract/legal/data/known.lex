# Widely cited instruments that texts name by type and year only ("the 1951
# Convention", "the 1990 Convention"), without issuer or title.
#
#   type | year | jurisdiction | full title (used for the TitleKey) [| name]
#
# With a name, a mention whose title contains it is the instrument ("the
# Global Compact for Migration"); without, a mention of that type and year
# that has no title ("the 1951 Convention").
[acts]
convention | 1951 | un | Convention relating to the Status of Refugees
convention | 1954 | un | Convention relating to the Status of Stateless Persons
convention | 1961 | un | Convention on the Reduction of Statelessness
convention | 1990 | un | International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families
convention | 1949 | un | ILO Migration for Employment Convention (Revised)
convention | 1975 | un | ILO Migrant Workers (Supplementary Provisions) Convention
convention | 2011 | un | ILO Domestic Workers Convention
agreement | 1967 | un | Protocol relating to the Status of Refugees
agreement | 2018 | un | Global Compact for Safe, Orderly and Regular Migration | global compact
