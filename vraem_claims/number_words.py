"""Spelled-out numbers in English and Spanish ("Ninety-three", "dos mil quinientos").

A hand-written table and a small grammar, not ``text2num``: we need the exact
span of every number in the source (``alpha2digit`` rewrites the text and gives
no offsets), ``text2num`` rejects "veintiún" and "a hundred", and its import
costs ~17 ms where these tables cost nothing. ``text2num`` is kept as a test
oracle: the property tests check that this grammar agrees with it.

Words that are also ordinary words are read conservatively:

- English "one" is a number ("one soldier", "one of the brothers") except after
  a determiner ("no one", "the one who", "each one"); "a"/"an" only before
  hundred/thousand/million/billion/trillion/dozen ("a hundred").
- Spanish "un"/"una" are the indefinite article, not numbers, except "un" before
  a scale word ("un millón") and "una de"/"uno de" ("one of", like English);
  "uno" alone is a number. Scale words alone ("thousand", "millones",
  "several billion") are not numbers; Spanish "mil" alone is 1000.
- Spanish "billón" is 10^12 and "millardo" 10^9; English "billion" is 10^9.
"""

from __future__ import annotations

from typing import NamedTuple

from vraem_claims.number_grammar import (
    AND,
    HUNDRED,
    MIL,
    ORD,
    ORD_SCALE,
    ORD_TENS,
    SCALE,
    TEEN,
    TENS,
    UNIT,
    A,
    Token,
    parse_en,
    parse_es,
)
from vraem_claims.number_text import LazyPattern, alternation, fold

_EN_SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_ORD_SMALL = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_EN_ORD_TENS = (
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
    "ninetieth",
)  # fmt: skip
_EN_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12.0,
    # Indian English: a lakh is 100,000 and a crore ten million ("S/ 4.12 crore").
    "lakh": 1e5,
    "crore": 1e7,
}
_EN_ORD_SCALES = {"hundredth": 100.0, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9}

_ES_SMALL = {
    "cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintiuna": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29,
}  # fmt: skip
_ES_TENS = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90,
}  # fmt: skip
_ES_HUNDREDS = {
    "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
    "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
    "ochocientos": 800, "novecientos": 900,
}  # fmt: skip
_ES_SCALES = {
    "millón": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9,
    "billón": 1e12, "billones": 1e12, "docena": 12.0, "docenas": 12.0,
}  # fmt: skip
_ES_ORD_UNITS = {
    "primero": 1, "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3, "cuarto": 4,
    "quinto": 5, "sexto": 6, "séptimo": 7, "sétimo": 7, "octavo": 8, "noveno": 9,
    "nono": 9,
}  # fmt: skip
_ES_ORD_TENS = {
    "décimo": 10, "undécimo": 11, "duodécimo": 12, "vigésimo": 20, "trigésimo": 30,
    "cuadragésimo": 40, "quincuagésimo": 50, "sexagésimo": 60, "septuagésimo": 70,
    "octogésimo": 80, "nonagésimo": 90, "centésimo": 100,
}  # fmt: skip


def _es_ordinal_forms(table: dict[str, int]) -> dict[str, int]:
    forms: dict[str, int] = {}
    for word, value in table.items():
        forms[word] = value
        if word.endswith("o"):
            for ending in ("a", "os", "as"):
                forms[word[:-1] + ending] = value
    return forms


_ES_ORD = _es_ordinal_forms(_ES_ORD_UNITS) | _es_ordinal_forms(_ES_ORD_TENS)


class WordNumber(NamedTuple):
    """A spelled-out number found at a position: its value and where it ends."""

    end: int
    value: float
    ordinal: bool
    share: bool = False  # a fraction ("two-thirds"): `value` is the percentage
    alternatives: tuple[float, ...] = ()


def _en_vocabulary() -> dict[str, tuple[int, float]]:
    vocab: dict[str, tuple[int, float]] = {}
    for value, word in enumerate(_EN_SMALL):
        vocab[word] = (UNIT if value < 10 else TEEN, float(value))
    for index, word in enumerate(_EN_TENS):
        vocab[word] = (TENS, 20.0 + 10 * index)
    for value, word in enumerate(_EN_ORD_SMALL):
        vocab[word] = (ORD if value < 10 else ORD_TENS, float(value))
    for index, word in enumerate(_EN_ORD_TENS):
        vocab[word] = (ORD_TENS, 20.0 + 10 * index)
    vocab["hundred"] = (HUNDRED, 100.0)
    vocab |= {word: (SCALE, value) for word, value in _EN_SCALES.items()}
    vocab |= {word: (ORD_SCALE, value) for word, value in _EN_ORD_SCALES.items()}
    vocab["a"] = vocab["an"] = (A, 1.0)
    vocab["and"] = (AND, 0.0)
    return vocab


def _es_vocabulary() -> dict[str, tuple[int, float]]:
    vocab: dict[str, tuple[int, float]] = {}
    for word, value in _ES_SMALL.items():
        vocab[word] = (UNIT if value < 10 else TEEN, float(value))
    vocab |= {word: (TENS, float(value)) for word, value in _ES_TENS.items()}
    for word, value in _ES_HUNDREDS.items():
        vocab[word] = (HUNDRED, float(value))
        if word.endswith("os"):
            vocab[word[:-2] + "as"] = (HUNDRED, float(value))
    vocab["mil"] = (MIL, 1e3)
    vocab |= {word: (SCALE, value) for word, value in _ES_SCALES.items()}
    for word, value in _ES_ORD.items():
        vocab[word] = (ORD_TENS if value >= 10 else ORD, float(value))
    vocab["y"] = (AND, 0.0)
    return vocab


_SPELLINGS = {"en": _en_vocabulary(), "es": _es_vocabulary()}
_VOCABULARY = {
    language: {fold(word): entry for word, entry in vocab.items()}
    for language, vocab in _SPELLINGS.items()
}
# Words that count to two or more ("twelve", "docena", "mil"); not "one", "un", "una", "a",
# which are as often articles, nor ordinals ("a second report").
_COUNTING = frozenset(
    word
    for vocab in _VOCABULARY.values()
    for word, (kind, value) in vocab.items()
    if kind in (UNIT, TEEN, TENS, HUNDRED, SCALE, MIL) and value >= 2
)
_FIRST = LazyPattern(r"[^\W\d_]+")
_NEXT = LazyPattern(r"(?:[ \t\u00a0]+|[ \t\u00a0]*-[ \t\u00a0]*)([^\W\d_]+)")
_DETERMINER_BEFORE = LazyPattern(
    r"(?i)(?<![\w])(?:the|this|that|each|every|no|any|which|another|some|such)[ \t\u00a0]+\Z"
)
_ONLY = ("solo", "sólo", "solamente", "únicamente", "apenas")
# "No solo un problema" is not only one; "apenas un 10 %", "solo un par", "solo un poco",
# "solo una vez" count no one thing (review).
_ONLY_BEFORE = LazyPattern(rf"(?i)(?<![\w])(?<!no )(?:{'|'.join(_ONLY)})[ \t\u00a0]+\Z")
_NO_COUNT_AFTER = LazyPattern(
    r"(?i)[ \t\u00a0]+(?:\d|(?:par|poco|vez|tanto|momento|rato|instante)(?![\w]))"
)
# A clause that ends on "una" after "cada", "la", "las" or "a": "cada una" (each), "a la
# una" (one o'clock), "una a una" (one by one).
_NO_PRONOUN_BEFORE = LazyPattern(r"(?i)(?<![\w])(?:cada|la|las|a)[ \t\u00a0]+\Z")
# One span of time after a hedge: "for more than a year", "casi un año", "menos de una
# semana" state 1 (blind29); a bare "a year" or "un año" is no figure.
_TIMES_EN = "year|month|week|day|hour|decade|century"
_TIMES_ES_UN = "a[ñn]o|mes|d[ií]a|siglo|lustro"
_TIMES_ES_UNA = "semana|hora|d[eé]cada"
_ONE_TIME = LazyPattern(rf"(?i)[ \t\u00a0]+(?:{_TIMES_EN}|{_TIMES_ES_UN}|{_TIMES_ES_UNA})(?![\w-])")
_EN_ARTICLE = LazyPattern(r"(?i)an?(?![\w])")
# "una familia de cada cinco": the article counts one in a ratio; "un representante de cada
# comunidad" counts nothing (review): a number follows "cada".
_OF_EVERY_AFTER = (
    r"(?:[ \t\u00a0]+[^\W\d_]+){1,2}[ \t\u00a0]+de[ \t\u00a0]+cada[ \t\u00a0]+(?=[\w])"
)
_OF_EVERY = LazyPattern(_OF_EVERY_AFTER)
_CLAUSE_END = r"[ \t\u00a0]*(?:[.,;:!?)\]\u00bb\"\u201d]|\Z)"
_ENDS_CLAUSE = LazyPattern(_CLAUSE_END)
# A lookbehind per word (each of fixed width) for the scanner's regex.
_AFTER_ONLY = "(?:" + "|".join(f"(?<={word} )" for word in _ONLY) + ")"
_DE_AFTER = LazyPattern(r"(?i)[ \t\u00a0]+del?(?![\w])")

# Fractions are shares: "two-thirds", "a third of", "one quarter of", "half of", "dos
# tercios de", "un cuarto del", "una cuarta parte", "dos terceras partes", "la mitad de".
# Denominators, singular; the plural adds -s ("halves" apart).
_EN_PARTS = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_ES_PARTS = {
    "tercio": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "sétimo": 7, "octavo": 8,
    "noveno": 9, "décimo": 10,
}  # fmt: skip
# Spanish also names the part with a feminine ordinal and "parte(s)".
_ES_PART_ORDINALS = {
    "tercera": 3, "cuarta": 4, "quinta": 5, "sexta": 6, "séptima": 7, "sétima": 7, "octava": 8,
    "novena": 9, "décima": 10,
}  # fmt: skip
_FOLDED_PART_ORDINALS = {fold(word): value for word, value in _ES_PART_ORDINALS.items()}


def _parts(singular: dict[str, int]) -> dict[str, tuple[int, bool]]:
    """Each denominator, folded, as (denominator, plural)."""
    table = {fold(word): (value, False) for word, value in singular.items()}
    table |= {fold(word) + "s": (value, True) for word, value in singular.items() if word != "half"}
    if "half" in singular:
        table["halves"] = (2, True)
    return table


_PARTS = {"en": _parts(_EN_PARTS), "es": _parts(_ES_PARTS)}
_HALF = {"en": "half", "es": "mitad"}
_ARTICLES = frozenset({"a", "an", "un", "una", "la"})
_PART_AFTER = {
    "en": LazyPattern(r"(?i)[ \t\u00a0]+of(?![\w])"),
    "es": _DE_AFTER,
}
_HALF_AFTER = {
    # "half of", "half the", "half its students" (blind29)
    "en": LazyPattern(r"(?i)[ \t\u00a0]+(?:of|the|its|their|his|her|our|these|those)(?![\w])"),
    "es": _DE_AFTER,
}
_HALF_SCALE = {
    "en": LazyPattern(
        r"(?i)half[ \t\u00a0]+an?[ \t\u00a0]+(million|billion|thousand|dozen)(?![\w])"
    ),
    "es": LazyPattern(r"(?i)medi[oa][ \t\u00a0]+(mill[oó]n|docena)(?![\w])"),
}
# A plural part stands alone before a comparison ("dos tercios menos", "two fifths
# more", blind21); elsewhere "tres cuartos" may be three rooms and "two quarters" two
# periods.
_PART_ALONE = LazyPattern(
    r"(?i)[ \t\u00a0]+(?:less|more|fewer|lower|higher|smaller|larger|menos|m[aá]s|mayor|menor)"
    r"(?![\w])"
)
# A hedged part ends there: "more than a quarter century" is a time.
_HEDGED_SHARE_END = LazyPattern(
    r"(?i)[ \t\u00a0]*(?:[.,;:)]|\Z)|[ \t\u00a0]+(?:in|en|by|for|para|por|from|desde|since"
    r"|than|que|and|y|or|o)(?![\w])"
)
# Not quarters: "tres cuartos más" are three more rooms, "two quarters more" two periods.
_NOT_ALONE = frozenset({"cuartos", "quarters"})
# "and a half", "y medio/media", not followed by what the half is of ("y media docena de
# gatos", "and a half dozen"), nor by a word it would describe ("dos casas y media
# hectárea"); a noun between may be the unit ("dos horas y media", "two hours and a half").
_HALF_TAIL = (
    r"(?![\w-])(?![ \t\u00a0]+(?!(?:de|del|of|the|el|la|por|per|in|en|to|a)(?![\w]))[^\W\d_])"
)
_AND_A_HALF = {
    "en": LazyPattern(
        r"(?i)[ \t\u00a0]+and[ \t\u00a0]+a[ \t\u00a0]+half(?![\w-])(?![ \t\u00a0]+dozen)"
    ),
    "es": LazyPattern(r"(?i)[ \t\u00a0]+y[ \t\u00a0]+medi[oa](?![\w-])(?![ \t\u00a0]+docena)"),
}
_NOUN_AND_A_HALF = {
    "en": LazyPattern(
        r"(?i)[ \t\u00a0]+[^\W\d_]+[ \t\u00a0]+and[ \t\u00a0]+a[ \t\u00a0]+half" + _HALF_TAIL
    ),
    "es": LazyPattern(r"(?i)[ \t\u00a0]+[^\W\d_]+[ \t\u00a0]+y[ \t\u00a0]+medi[oa]" + _HALF_TAIL),
}
# Half of a job: "the replanting is only half done", "half built by 2020" (not "a half-built
# dock": a word the half describes); "a medio hacer", "a medio construir"; "la mitad" that
# ends its clause ("iba por la mitad."). All state 50 % (blind28).
_EN_HALF_DONE = LazyPattern(
    r"(?i)[ \t\u00a0-]+(?:done|finished|complete|completed|built|empty|full|paved|planted"
    r"|replanted|spent|executed|ready|over)(?![\w-])(?![ \t\u00a0]+(?!(?:of|the|by|in|on|at"
    r"|and|but|when|as|since|for|after|before|until|to|a)(?![\w]))[^\W\d_])"
)
_ES_HALF_DONE = LazyPattern(
    r"(?i)medio(?=[ \t\u00a0]+(?:hacer|construir|terminar|acabar|ejecutar|pavimentar|llenar"
    r"|sembrar|reforestar)(?![\w]))"
)
_A_BEFORE = LazyPattern(r"(?i)(?<![\w])a[ \t\u00a0]+\Z")
# Not a share: split in two ("se partió por la mitad") or the middle ("se ubicaba en la
# mitad"); a budget "cortado por la mitad" is halved (review).
_CUT_IN_HALF = LazyPattern(
    r"(?i)(?<![\w])(?:(?:parti[oó]|partieron|partid[oa]s?|rompi[oó]|rot[oa]s?|quebr[oó]"
    r"|quebrad[oa]s?)(?:[ \t\u00a0]+[^\W\d_]+)?[ \t\u00a0]+por|(?:ubica\w*|situad[oa]s?)"
    r"[ \t\u00a0]+en)[ \t\u00a0]+la[ \t\u00a0]+\Z"
)

# Multiples: "nearly twice the 220 people", "thrice", "double the budget", "casi el doble
# de su aforo", "más del triple" state 2 and 3 (blind28). English "double" and "triple" go
# before what they multiply ("double the budget", not "a double murder"); a Spanish multiple
# follows the article and stands alone ("el doble de", "el triple."), not before a noun
# ("el doble homicidio").
_MULTIPLES = {
    "en": {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "treble": 3, "quadruple": 4},
    "es": {"doble": 2, "triple": 3, "cuadruple": 4, "quintuple": 5},
}
_MULTIPLE_SPELLINGS = {
    "en": tuple(_MULTIPLES["en"]),
    "es": ("doble", "triple", "cuádruple", "cuadruple", "quíntuple", "quintuple"),
}
_EN_ALWAYS_MULTIPLE = frozenset({"twice", "thrice"})
_EN_MULTIPLIED = LazyPattern(
    r"(?i)[ \t\u00a0]+(?:the|its|their|his|her|our|that|this|what)(?![\w])"
)
_ES_MULTIPLE_BEFORE = LazyPattern(r"(?i)(?<![\w])(?:el|del|al)[ \t\u00a0]+\Z")
_ES_MULTIPLE_AFTER = LazyPattern(
    r"(?i)(?:[ \t\u00a0]+(?:de|del|que|en|y|o)(?![\w])|" + _CLAUSE_END + ")"
)
# A time of day: "a las dos y media" is half past two, not 2.5.
_CLOCK_BEFORE = LazyPattern(r"(?i)(?<![\w])las?[ \t\u00a0]+\Z")
# English puts the scale after the half ("two and a half million"); Spanish before it
# ("dos millones y medio").
_SCALE_AFTER = LazyPattern(r"(?i)[ \t\u00a0]+(thousand|million|billion|trillion)(?![\w])")
_PARTE = LazyPattern(r"(?i)[ \t\u00a0]+(partes?)(?![\w])")
# "the first half of 2020" is a period, not a share.
_HALF_OF_PERIOD = LazyPattern(
    r"(?i)(?<![\w])(?:first|second|latter|last|1st|2nd|primera|segunda|1ra|2da)[ \t\u00a0]+\Z"
)
# What follows "of"/"de" when a fraction is a span of time or a set phrase, not a share:
# "a quarter of a century", "a tenth of a second", "un cuarto de hora", "un octavo de
# final", "half of the decade", "la mitad del año", "mitad de precio".
_NOT_SHARED = LazyPattern(
    r"(?i)[ \t\u00a0]+(?:(?:the|el|la|los|las)[ \t\u00a0]+)?"
    r"(?:an?|un|una|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century"
    r"|centuries|segundos?|minutos?|horas?|d[ií]as?|semanas?|mes|meses|a[ñn]os?|d[eé]cadas?"
    r"|siglos?|final(?:es)?|camino|precio)(?![\w])"
)
# "la mitad de" is a share; "a mitad de camino", "en mitad de" are places in time or space.
_LA_BEFORE = LazyPattern(r"(?i)(?<![\w])la[ \t\u00a0]+\Z")
_MAX_TOKENS = 40  # "nine hundred and ninety-nine billion ..." has 27


def counts_in_words(text: str) -> bool:
    """Whether `text` spells out a number of two or more of something, in English or
    Spanish ("una docena de detenidos", "twelve arrests", "mil soles"). Not in a name,
    capitalised inside the text ("el alcalde de Tres Unidos", "la ONG Cinco Ríos"), nor a
    count of who says it ("two police officers", "dos fuentes policiales"), nor English
    "once": the Spanish eleven comes before a plural ("once detenidos")."""
    for word in _FIRST.finditer(text):
        folded = fold(word.group())
        if folded not in _COUNTING or (word.start() and word.group()[0].isupper()):
            continue
        following: list[str] = []
        end = word.end()
        while len(following) < 2 and (match := _NEXT.match(text, end)):
            following.append(fold(match.group(1)))
            end = match.end()
        if folded == "once" and not (following and following[0].endswith("s")):
            continue
        if not _SPEAKERS.isdisjoint(following):
            continue
        return True
    return False


# Who may say something, counted in a clause that names the source ("según dos fuentes").
_SPEAKERS = frozenset(
    "source sources officer officers official officials witness witnesses expert experts "
    "analyst analysts investigator investigators resident residents fuente "
    "fuentes oficial oficiales funcionario funcionarios testigo testigos experto expertos "
    "analista analistas investigador investigadores vecino vecinos poblador pobladores "
    "agente agentes".split()
)


def start_words(language: str) -> tuple[str, ...]:
    """Words that can begin a number in `language`, as spelled (for the scanner's regex).

    "a", "an", "un" and "una" are left out: the scanner looks for them only
    before a scale word, a fraction's part or "de" (see `article_starts`). "half" and
    "mitad" start a share; "medio" and "media" a half scale ("medio millón").
    """
    vocab = _SPELLINGS.get(language, {})
    blocked = {"a", "an", "and", "y", "un", "una", "hundred"}
    words = tuple(
        word
        for word, (category, _) in vocab.items()
        if word not in blocked and category not in (SCALE, AND, ORD_SCALE)
    )
    if language == "es":
        words = (*words, "medio", "media")  # "medio millón", "media docena"
    words = (*words, *_MULTIPLE_SPELLINGS.get(language, ()))
    return (*words, _HALF[language]) if language in _HALF else words


def article_starts(language: str) -> str:
    """Regex for the articles that start a number: "a hundred", "un millón", "una de"."""
    if language == "en":
        parts = "|".join(word for word in _EN_PARTS if word != "half")
        return (
            r"an?(?=[ \t\u00a0]+(?:hundred|thousand|million|billion|trillion|dozen"
            rf"|{parts}|{_TIMES_EN})(?![\w]))"
        )
    if language == "es":
        parts = alternation(_ES_PARTS)
        ordinals = alternation(_ES_PART_ORDINALS)
        return (
            rf"un(?=[ \t\u00a0]+(?:mil|mill[oó]n|millardo|bill[oó]n|{parts})(?![\w]))"
            rf"|una(?=[ \t\u00a0]+(?:del?|docena|{ordinals}[ \t\u00a0]+parte)(?![\w]))"
            rf"|la(?=[ \t\u00a0]+{ordinals}[ \t\u00a0]+parte(?![\w]))"
            # "solo una", "apenas un detenido": after "only", an article is a count
            rf"|{_AFTER_ONLY}un[oa]?|una(?={_CLAUSE_END})|un[oa]?(?={_OF_EVERY_AFTER})"
            rf"|un(?=[ \t\u00a0]+(?:{_TIMES_ES_UN})(?![\w]))"
            rf"|una(?=[ \t\u00a0]+(?:{_TIMES_ES_UNA})(?![\w]))"
        )
    return r"(?!)"


def _tokens(text: str, pos: int, vocab: dict[str, tuple[int, float]]) -> tuple[str, list[Token]]:
    """The first word (folded) and the run of vocabulary words from `pos`."""
    match = _FIRST.match(text, pos)
    if match is None:
        return "", []
    first = fold(match.group())
    found: list[Token] = []
    word = first
    while word in vocab and len(found) < _MAX_TOKENS:
        category, value = vocab[word]
        found.append((category, value, match.end()))
        match = _NEXT.match(text, match.end())
        if match is None:
            break
        word = fold(match.group(1))
    return first, found


def read_number_words(text: str, pos: int, language: str) -> WordNumber | None:
    """The spelled-out number starting exactly at `pos`, or None."""
    vocab = _VOCABULARY.get(language)
    if vocab is None:
        return None
    half = _HALF_SCALE[language].match(text, pos)
    if half is not None:  # "half a million", "medio millón": half of the scale
        scale = FOLDED_SCALE_WORDS[fold(half.group(1))]
        return WordNumber(end=half.end(), value=scale / 2, ordinal=False)
    share = _read_share(text, pos, language, vocab)
    if share is not None:
        return share
    multiple = _read_multiple(text, pos, language)
    if multiple is not None:
        return multiple
    article = _EN_ARTICLE.match(text, pos) if language == "en" else None
    if article and _ONE_TIME.match(text, article.end()) and _hedged(text, pos, language):
        return WordNumber(end=article.end(), value=1.0, ordinal=False)  # "over a year"
    if language == "es" and _ES_HALF_DONE.match(text, pos) and _A_BEFORE.search(text, 0, pos):
        return _share(pos + len("medio"), 1, 2)
    first, tokens = _tokens(text, pos, vocab)
    if not tokens:
        return None
    parsed = parse_en(tokens) if language == "en" else parse_es(tokens)
    if parsed is None:
        return None
    value, ordinal, used = parsed
    if not _first_word_counts(text, pos, first, used, tokens[0][2], language):
        return None
    end = tokens[used - 1][2]
    if not ordinal:
        return _and_a_half(text, pos, end, value, tokens[used - 1], language)
    return WordNumber(end=end, value=value, ordinal=ordinal)


def _and_a_half(
    text: str, start: int, end: int, value: float, last: Token, language: str
) -> WordNumber:
    """The number read so far, plus a half of its last unit when one follows: "two and a
    half" (2.5), "two and a half million", "dos y medio", "dos millones y medio" (2.5
    million), and with the counted noun between, "dos horas y media" (2.5 hours; the
    number ends before the noun, which stays its unit)."""
    scale = last[1] if last[0] in (SCALE, MIL) else 1.0
    if last[0] == HUNDRED or _CLOCK_BEFORE.search(text, max(0, start - 8), start):
        return WordNumber(end=end, value=value, ordinal=False)  # "a las dos y media"
    half = _AND_A_HALF[language].match(text, end)
    if half is not None:
        value += scale / 2
        after = _SCALE_AFTER.match(text, half.end()) if language == "en" else None
        if after is not None and scale == 1.0:
            return WordNumber(after.end(), value * FOLDED_SCALE_WORDS[fold(after.group(1))], False)
        return WordNumber(end=half.end(), value=value, ordinal=False)
    if scale == 1.0 and _NOUN_AND_A_HALF[language].match(text, end):
        return WordNumber(end=end, value=value + 0.5, ordinal=False)
    return WordNumber(end=end, value=value, ordinal=False)


def _first_word_counts(
    text: str, pos: int, first: str, used: int, first_end: int, language: str
) -> bool:
    """Apply the article/pronoun rules for "one", "a", "un", "una" (see module docstring)."""
    if used > 1:
        return True
    if (
        first in ("un", "una")
        and _ONLY_BEFORE.search(text, max(0, pos - 17), pos)
        and not _NO_COUNT_AFTER.match(text, first_end)
    ):
        return True  # "solo una embarcación", "apenas un detenido" (blind21)
    if _ONE_TIME.match(text, first_end) and _hedged(text, pos, language):
        return True  # "for more than a year", "casi un año" (blind29)
    every = _OF_EVERY.match(text, first_end) if first in ("un", "una") else None
    if every is not None and (
        text[every.end()].isdigit() or read_number_words(text, every.end(), language)
    ):
        return True  # "una familia de cada cinco" (blind26)
    if first in ("a", "an", "un"):
        return False
    if first == "one":
        return _DETERMINER_BEFORE.search(text, max(0, pos - 12), pos) is None
    if first == "una":  # "una de ellas"; "hoy solo opera una." (a pronoun ends a clause)
        if _DE_AFTER.match(text, first_end):
            return True
        pronoun = _ENDS_CLAUSE.match(text, first_end)
        return bool(pronoun) and not _NO_PRONOUN_BEFORE.search(text, max(0, pos - 8), pos)
    return True


def _read_share(
    text: str, pos: int, language: str, vocab: dict[str, tuple[int, float]]
) -> WordNumber | None:
    """A fraction starting at `pos`, as a share (see `_PARTS`), or None.

    The numerator is an article or a number up to ten, and agrees with the part
    ("a third", "two thirds"). Written apart, a part must be followed by "of"/"de"
    ("a third of the area", not "a third attack"); English may hyphenate instead
    ("two-thirds"). Spanish "una cuarta parte", "dos terceras partes", "la tercera
    parte" and "la mitad de" count too.
    """
    first = _FIRST.match(text, pos)
    if first is None:
        return None
    word = fold(first.group())
    if word == _HALF.get(language):
        if _half_done(text, pos, first.end(), language):
            return _share(first.end(), 1, 2)
        after = _HALF_AFTER[language].match(text, first.end())
        if after is None or _HALF_OF_PERIOD.search(text, max(0, pos - 8), pos):
            return None
        if language == "es" and not _LA_BEFORE.search(text, max(0, pos - 4), pos):
            return None
        if _NOT_SHARED.match(text, after.end()):
            return None
        return _share(first.end(), 1, 2)
    category, value = vocab.get(word, (None, 0.0))
    if word in _ARTICLES:
        numerator = 1
    elif category in (UNIT, TEEN) and 1 <= value <= 10:
        numerator = int(value)
    else:
        return None
    part = _NEXT.match(text, first.end())
    if part is None:
        return None
    name = fold(part.group(1))
    if language == "es" and name.rstrip("s") in _FOLDED_PART_ORDINALS:
        parte = _PARTE.match(text, part.end())
        plural = name.endswith("s")
        if parte is None or plural != (numerator > 1) or plural != parte.group(1).endswith("s"):
            return None
        return _share(parte.end(), numerator, _FOLDED_PART_ORDINALS[name.rstrip("s")])
    if word == "la" or name not in _PARTS.get(language, {}):
        return None
    denominator, plural = _PARTS[language][name]
    if plural != (numerator > 1) or numerator >= denominator:
        return None
    hyphenated = language == "en" and "-" in text[first.end() : part.start(1)]
    of = _PART_AFTER[language].match(text, part.end())
    alone = plural and name not in _NOT_ALONE and _PART_ALONE.match(text, part.end()) is not None
    # A hedged part stands alone: "more than a third in 2015" (blind29), "casi un tercio."
    hedged = bool(
        _HEDGED_SHARE_END.match(text, part.end()) and _hedged(text, pos, language, over=True)
    )
    if not (hyphenated or of or alone or hedged):
        return None
    if of is not None and _NOT_SHARED.match(text, of.end()):
        return None
    return _share(part.end(), numerator, denominator)


def _hedged(text: str, pos: int, language: str, *, over: bool = False) -> bool:
    """Whether a hedge the digits also take ends right before `pos` ("more than a year",
    "casi un tercio", "at least a third"). "Over" hedges a fraction ("over a third") but
    not a span ("spread over a year"; review) unless `over`."""
    from vraem_claims.number_context import read_hedge  # which imports this module

    hedge = read_hedge(text, pos, language)
    return hedge is not None and (over or not text[hedge[1] : pos].lower().startswith("over"))


def _half_done(text: str, pos: int, end: int, language: str) -> bool:
    """Whether the half at `pos`..`end` is half of a job (see `_EN_HALF_DONE`)."""
    if language == "en":
        return _EN_HALF_DONE.match(text, end) is not None
    return bool(
        _LA_BEFORE.search(text, max(0, pos - 4), pos)
        and _ENDS_CLAUSE.match(text, end)
        and not _CUT_IN_HALF.search(text, max(0, pos - 40), pos)
    )


def _read_multiple(text: str, pos: int, language: str) -> WordNumber | None:
    """A multiple starting at `pos` (see `_MULTIPLES`), as its factor, or None."""
    first = _FIRST.match(text, pos)
    if first is None:
        return None
    word = fold(first.group())
    times = _MULTIPLES.get(language, {}).get(word)
    if times is None or text[first.end() : first.end() + 1] == "-":
        return None  # "twice-weekly", "double-digit"
    if language == "en":
        if word not in _EN_ALWAYS_MULTIPLE and not _EN_MULTIPLIED.match(text, first.end()):
            return None
    elif not (
        _ES_MULTIPLE_BEFORE.search(text, max(0, pos - 5), pos)
        and _ES_MULTIPLE_AFTER.match(text, first.end())
    ):
        return None
    return WordNumber(end=first.end(), value=float(times), ordinal=False)


def _share(end: int, numerator: int, denominator: int) -> WordNumber:
    """The share as a percentage; the fraction and the usual roundings of both are
    alternatives: "two-thirds" states 66.67, 67, 66.7, 0.67 and 0.667."""
    percent = 100 * numerator / denominator
    fraction = numerator / denominator
    readings = (
        round(percent),
        round(percent, 1),
        round(percent, 2),
        fraction,
        round(fraction, 2),
        round(fraction, 3),
    )
    alternatives = tuple(dict.fromkeys(float(r) for r in readings if r != percent))
    return WordNumber(end, percent, ordinal=False, share=True, alternatives=alternatives)


SCALE_WORDS: dict[str, float] = {
    **_EN_SCALES,
    **{word + "s": value for word, value in _EN_SCALES.items()},
    "hundred": 100.0,
    "mil": 1e3,
    **_ES_SCALES,
}
"""Scale words that may follow digits ("74 mil", "1.2 billion", "2,5 millones")."""
FOLDED_SCALE_WORDS = {fold(word): value for word, value in SCALE_WORDS.items()}
