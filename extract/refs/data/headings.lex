# Headings that open a reference list. A paragraph is a heading of the list
# when, case-folded and stripped of markup, numbering and a trailing colon,
# it equals one of these lines.
[references]
references
reference list
list of references
references and notes
bibliography
selected bibliography
literature
literature cited
works cited
cited literature
sources
sources and literature
list of sources
список литературы
список использованной литературы
список использованных источников
список источников
библиографический список
литература
источники
источники и литература
әдебиеттер
әдебиеттер тізімі
пайдаланылған әдебиеттер
пайдаланылған әдебиеттер тізімі
қолданылған әдебиеттер
пайдаланылған дереккөздер
spisok literatury
literatura
viri
viri in literatura
literatura in viri
seznam literature
