"""Phrases of a statement that say when, not what: dropped before its words are compared.

`as_of` holds a claim's date, so the words that date a statement describe nothing that
is measured. Months and numbers are already no concepts, but the words around them are:
"a fines de 2008" (at the end of 2008) would read as a monetary fine, "early 2016" as
something early. Analysts who date a statement by its source ("a la fecha del boletín",
"un año antes del hilo", "two years before the report") or by a moving window ("en lo
que iba del año", "so far this year") bring in words that only their own statements
share, and that pull apart claims of one quantity.

Only phrases anchored on a time word or on a kind of document are dropped: "antes del
paro" (before the strike) keeps the strike, which may be what is counted; "the night of
the breakout" dates the guards on duty by the escape they do not count.
"""

from __future__ import annotations

import re

# Month and weekday names, English and Spanish (folded): dates, never concepts.
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio "
    "julio agosto septiembre setiembre octubre noviembre diciembre monday tuesday wednesday "
    "thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo".split()
)

# Kinds of document an analyst dates a statement by (folded, singular and plural).
_DOCUMENTS = (
    "informe|informes|reporte|reportes|boletin|boletines|acta|actas|aviso|avisos|"
    "conferencia|conferencias|conferencia de prensa|entrevista|entrevistas|hilo|hilos|"
    "alerta|alertas|comunicado|comunicados|nota|notas|articulo|articulos|publicacion|"
    "cronica|cronicas|documento|documentos|texto|fuente|resumen|ficha|tuit|tuits|post|"
    "report|reports|bulletin|bulletins|minutes|notice|notices|conference|press conference|"
    "interview|interviews|thread|threads|alert|alerts|communique|communiques|note|notes|"
    "article|articles|publication|story|piece|briefing|document|text|source|advisory|"
    "tweet|tweets|posts|paper|entry|sitrep|summary|transcript|faq"
)
_NUMBER = (
    r"(?:\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|unas|"
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|some|several|varios|varias)"
)
_SPAN_ES = r"(?:ano|anos|mes|meses|semana|semanas|dia|dias|decada|decadas)"
_SPAN_EN = r"(?:year|years|month|months|week|weeks|day|days|decade|decades)"
_THE = r"(?:(?:the|this|that|its|el|la|los|las|este|esta|ese|esa|su)\s+)?"
# A Spanish adjective after the document: "del informe humanitario", "boletín semanal".
_ADJECTIVE_ES = r"(?:\s+[a-z]+(?:ico|ica|ario|aria|al|ivo|iva|ense|ado|ada)\b)?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

_TIME_PHRASES = re.compile(
    "|".join(
        (
            # "a fines de 2008", "a mediados del año", "early 2016", "mid-2016", "late March"
            r"\b(?:a\s+|hacia\s+)?(?:fines|finales|inicios|principios|comienzos|mediados)"
            r"\s+del?\b(?:\s+(?:ano|mes)\b)?",
            rf"\b(?:early|late|mid|the\s+(?:start|end|beginning|middle|turn)\s+of)"
            rf"(?=[\s-]+(?:\d|(?:{_MONTH})\b))",
            # "un año antes del hilo", "el año anterior al boletín", "a la fecha del aviso",
            # "two years before the report", "as of the bulletin"
            rf"\b(?:{_NUMBER}\s+{_SPAN_ES}\s+(?:antes|despues)\s+|el\s+{_SPAN_ES}\s+"
            rf"(?:anterior|previo|siguiente|posterior)\s+|a\s+la\s+fecha\s+|al\s+cierre\s+|"
            rf"antes\s+|despues\s+|al\s+momento\s+|en\s+la\s+fecha\s+)"
            rf"(?:del?|al?)\s+{_THE}(?:{_DOCUMENTS})\b{_ADJECTIVE_ES}",
            rf"\b(?:{_NUMBER}\s+{_SPAN_EN}\s+(?:before|after|prior\s+to|ahead\s+of)\s+|"
            rf"the\s+{_SPAN_EN}\s+(?:before|after|preceding|prior\s+to)\s+|as\s+of\s+|"
            rf"at\s+the\s+time\s+of\s+|by\s+the\s+date\s+of\s+|on\s+the\s+date\s+of\s+|"
            rf"(?:just\s+)?(?:before|after)\s+)"
            rf"(?:(?:the|this|that|its)\s+(?:\w+\s+)?)?(?:{_DOCUMENTS})\b",
            # "hace dos años", "two years ago", "el año pasado", "last year"
            rf"\bhace\s+{_NUMBER}\s+{_SPAN_ES}\b",
            rf"\b{_NUMBER}\s+{_SPAN_EN}\s+(?:ago|earlier|later)\b",
            rf"\b(?:el|del|al)\s+{_SPAN_ES}\s+(?:pasado|anterior|previo)\b",
            rf"\b(?:last|the\s+previous|the\s+preceding|the\s+prior)\s+{_SPAN_EN}\b",
            # "en lo que iba del año", "so far this year", "year to date"
            rf"\ben\s+lo\s+que\s+(?:va|iba|llevaba|lleva)\s+(?:del\s+{_SPAN_ES}|de)\b",
            rf"\b(?:so\s+far\s+this|earlier\s+this|later\s+that|earlier\s+that)\s+{_SPAN_EN}\b",
            r"\b(?:year|month)\s+to\s+date\b",
            # "the night of the breakout", "la noche de la fuga": when the figure was, told
            # by an event it does not count. Not a day: "al cuarto día del paro" is in the
            # strike, which may be what is counted.
            r"\b(?:the\s+)?(?:night|morning|evening|eve)\s+of\s+the\s+\w+",
            r"\b(?:la\s+)?(?:noche|madrugada|vispera)\s+(?:de\s+la|del)\s+(?!\d)\w+",
            # Police and military dates, the month glued to the year: "14JUN2017", "SET2019",
            # "DIC2024" (blind20); "ene" alone is the river.
            r"\b\d{0,2}(?:ene|jan|feb|mar|abr|apr|may|jun|jul|ago|aug|set|sept?|oct|nov|dic|dec)"
            r"\d{4}\b",
        )
    )
)
# Words one of the phrases must contain: most statements have none, and are left alone
# after one substring scan.
_CUES = re.compile(
    r"\b(?:fines|finales|inicios|principios|comienzos|mediados|early|late|mid|start|end|"
    r"beginning|middle|turn|antes|despues|anterior|previo|siguiente|posterior|fecha|cierre|"
    r"momento|before|after|prior|ahead|as of|time of|date of|hace|ago|earlier|later|pasado|"
    r"last|previous|preceding|lo que|so far|to date|(?:night|morning|evening|eve) of|"
    r"(?:noche|madrugada|vispera) de)|[a-z]\d{4}\b"
)


def strip_time_phrases(folded: str) -> str:
    """`folded` (see `aliases.fold`) without the phrases that only say when."""
    if not _CUES.search(folded):
        return folded
    return " ".join(_TIME_PHRASES.sub(" ", folded).split())
