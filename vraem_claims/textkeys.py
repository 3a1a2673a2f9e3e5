"""The comparison form of free text: the concepts a label or a statement is about.

Used by every fuzzy comparison (same-quantity grouping, duplicates, search). Text
is folded (case, accents), names are replaced by their canonical alias, domain
words in English or Spanish become glossary concepts, other words are stemmed
(Snowball), and what does not say *what* is measured is dropped: numbers, number
words, months, stop words.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from vraem_claims.aliases import Aliases, fold
from vraem_claims.glossary import COMPOUNDS, NOT_NAMES
from vraem_claims.glossary import CONCEPTS as DOMAIN_CONCEPTS
from vraem_claims.glossary_common import COMMON_CONCEPTS, COMMON_EXTENSIONS
from vraem_claims.glossary_general import ABBREVIATIONS, EXTENSIONS, GENERAL_CONCEPTS
from vraem_claims.timephrases import MONTHS, strip_time_phrases

# The domain's concepts (with their general-vocabulary extensions) first, then general
# news vocabulary, then everyday vocabulary, each with analysts' shorthand: the index
# gives a word or stem to the first concept that lists it.
CONCEPTS: dict[str, tuple[str, ...]] = {
    concept: forms
    + EXTENSIONS.get(concept, ())
    + COMMON_EXTENSIONS.get(concept, ())
    + ABBREVIATIONS.get(concept, ())
    for concept, forms in (DOMAIN_CONCEPTS | GENERAL_CONCEPTS | COMMON_CONCEPTS).items()
}

# Words, with glossary concepts joined by "_" kept whole ("landing_strip").
_TOKEN = re.compile(r"[^\W\d]+")

STOPWORDS = frozenset(
    # English
    "a an the of in on at to for from by with and or but as is are was were be been being "
    "has have had having it its this that these those there their they them he she his her "
    "we our us you your i me my which who whom whose what when where while than then into "
    "over under about around nearly almost more less most least some any each per also only "
    "just up down out not no so such very much many few other another same all both either "
    "neither since until after before during between among through across within without "
    "against toward towards upon onto off again further once here why how can could would "
    "should will shall may might must do does did done said says say according told reported "
    "report reports figure figures number numbers total totals estimated estimate approximately "
    "roughly least little now currently still already so-called known new including included "
    "past "
    # Spanish
    "el la los las un una unos unas de del al a en y o u e que con por para sin sobre entre "
    "hasta desde segun como mas menos casi cerca alrededor aproximadamente es son fue fueron "
    "ser ha han habia habian hay este esta estos estas ese esa esos esas aquel se su sus lo le "
    "les ya no si tambien solo muy mucho muchos pocos otro otra otros otras todo todos toda "
    "todas cada durante tras ante bajo contra cuyo cuya donde cuando cual cuales quien quienes "
    "dijo dice informo informa reporto segun cifra cifras numero total estima estimado unas "
    "hacia antes despues luego poco estaba estaban estuvo estuvieron estan estar era eran hubo "
    # An analyst's own noting verb ("Anoto que", "Consigno que", "Cabe señalar que", "es
    # decir") says nothing of the fact (session 31).
    "anoto consigno cabe senalar precisar mencionar resaltar decir "
    # Heads of labels that only say a figure follows: "pct. of pupils", "wt. of paste"
    # (blind16, studied). An amount is a sum, not an average: a concept of the glossary.
    "pct wt qty "
    # Shorthand of hedges and attributions: "Aprox. 1 de cada 5", "acc. to the court" (blind26).
    "aprox approx acc circa "
    # "Eso", "esto" and "aquello", as "esa" and "este" are: "a eso atribuyó" (blind26).
    "eso esto aquello "
    # "La mayoría de" as "most of", and "iba", "iban" as "was", "were" (blind21, blind23).
    "mayoria iba iban "
    # "Ha sido", as "has been" (blind24); "serán detenidas", as "will be" (blind28).
    "sido sera seran serian "
    # "Resultó" as "was" ("resultó herido") and "resulted in" say nothing, nor does the
    # verb of a mass ("weighed 352 kilos", "pesaban 352,6 kilogramos"): its unit says it.
    "resulto resultaron resulted weighed weighs pesaban pesaba pesaron pesan "
    # "Sigue siendo gratuita", "siguen prófugos": still, as "still" is.
    "sigue siguen seguia seguian siendo "
    "actualmente aun ahora ano anos tiene tienen tenia cuenta cuentan contaba cuanto cuantos "
    "cuanta cuantas "
    # Words that join clauses ("because", "porque") and the verb of "cifró en 29 los
    # asesinatos" (put the killings at 29), which say nothing of what is measured (blind21).
    "because though although whereas porque pues aunque cifro cifran cifraron cifraba "
    "cifraban cifrar cifrado cifrada cifrados cifradas "
    # Verbs of saying, which tell who spoke and not what (session 26: the words of the
    # missed pairs that no concept listed), and "habría", the conditional of "había".
    # Each with its twin in the other language, so that neither keeps a word the other
    # drops ("declared" and "declaró" both stay: a state of emergency is declared).
    "claimed stated affirmed asserted explained stressed afirmo afirma afirmaron sostiene "
    "sostuvo sostienen sostuvieron senalo senala senalaron explico explicaron recalco "
    "subrayo habria habrian".split()
)

# Everyday words whose English or Spanish Snowball stem is that of a glossary word they do
# not mean: "paper" (papa, potato), "campo" (campamento, a camp), "puerta" (puerto, port),
# "remaining" (remains, a body), "represents" (represa, a dam), "deportes" (deportar),
# "especies" (especial), "incidents" (incidencia, a rate), "estudio" (estudiante). They
# stay themselves, as a word no concept lists does. Found by listing, over the texts and
# claims of every evaluation corpus, the words that reach a concept only by a stem.
OWN_MEANING = frozenset(
    # English
    "paper remaining remained rounded bulleted repeated repeats "
    "repeating accounted accounting borne limited busy firmly represents representing "
    "fielded combating combative combatting integrity integrated revolving "
    "canonical lights lighting especially objects quote quoted "
    "quotes incidents indicated allowed halls poster seats keys achieve "
    "achieved estate called calling "
    # "staged" raids and a "staging" base are no stage of a programme (review, session 29)
    "staged staging "
    # session 24: words another concept's stem took (the concepts after each line)
    "counter repaid valid higher strengthen header "  # count repair value height strength leader
    "divisions forced forcing application applications applicable "  # divisas, force, applicant
    "comes drive driven longer wider pages master carefully "  # comando, driver, ...
    "rivas capital "  # river, capitan
    # and in the 15,000 commonest words of each language (wordfreq), session 24
    "based popular career waiting multiple learned corner restaurant restaurants cute "
    "reserve reserves representative representatives represented "
    "representation universe tone flower pope races rapid bones alien utility tribute "
    "terminal eligible integration habits fighting fights barrier salad meter curse diary "
    "bare liver "
    # Quechua in names: "Killa" (the moon) is no "kill" (blind28)
    "killa "
    # Spanish
    "atentamente puesta puestas camara camaras limitada limitado libre libres "
    "efectiva efectivas efectivamente efectividad "
    "firme represion deporte deportes deportivo deportiva "
    "deportivos deportivas campo campos corresponde corresponden "
    "lenta lento lentamente lentes integracion integrada "
    "integrado integral integramente vivos vivas puerta "
    "puertas costa costas premio premios premia premiado especie especies objeto objetos "
    "efecto efectos senores incidente incidentes indica indicaciones residencia "
    "residencias estudio estudios recordaba recordamos recordaron recordo sala salas matas "
    "chino chinos "
    # session 24, taken by: plazo, cerrar, funding, ejecutivo, seguridad, reservoir, divisas
    "plaza plazas cerro cerros fundo fundos ejecutaron ejecuto seguro seguros reserva reservas "
    "division rapido rapida rapidos rapidas cara caras "  # rape, car
    "mano manos digo diga bano banos recordar recordando voluntad defender defendiendo "
    "probar probado principe divertido facilmente facilidad faciles tono animo ricos "
    "ricas repente rivera caro caros damos dama damas exclusiva exclusivo exclusivamente "
    "conducta arabe portada combatir culto falla fallas preciosa precioso rosas risas sello "
    "reputacion truco hungria literal gala ratas racional tope pulso usas valido validos "
    "valida validas "
    # session 30 (review): words the stems of new forms took (lecho: leche, mudaron: mud,
    # palos: pala, esposado: esposa, corre: corrosion, causa, a court case: caused)
    "lecho lechos mudaron mudaba mudan mudo palo palos esposado esposada esposados "
    "esposadas corre corren corrieron correr corriendo causa causas escanos escano "
    "recordado recordada".split()
)

NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "dozen dozens half quarter first second third fourth fifth tenth cero uno dos tres "
    "cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis "
    "diecisiete dieciocho diecinueve veinte veinti veintiun veintiuno veintiuna veintidos "
    "veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve "
    "treinta cuarenta cincuenta sesenta "
    "setenta ochenta noventa cien ciento cientos doscientos trescientos cuatrocientos "
    "quinientos seiscientos setecientos ochocientos novecientos mil miles millon millones "
    "billon docena docenas decena decenas centenar centenares media mitad primer primero "
    "primera segundo segunda tercer tercero "
    "tercera percent per cent por ciento porcentual twice double doble thrice triple treble "
    "cuadruple quadruple lakh lakhs crore crores".split()
)


@lru_cache(maxsize=2)
def _stemmers() -> tuple[Any, Any]:
    # Imported here: only comparisons pay for it. With PyStemmer installed (a dependency),
    # snowballstemmer hands out its C stemmers: the same Snowball algorithms, twenty times
    # faster, and without importing the pure-Python stemmers of thirty languages.
    import snowballstemmer

    return snowballstemmer.stemmer("english"), snowballstemmer.stemmer("spanish")


@lru_cache(maxsize=200_000)
def stem_en(word: str) -> str:
    return str(_stemmers()[0].stemWord(word))


@lru_cache(maxsize=200_000)
def stem_es(word: str) -> str:
    return str(_stemmers()[1].stemWord(word))


def _concept_token(concept: str) -> str:
    return concept.replace(" ", "_")


def build_glossary_index() -> tuple[dict[str, str], dict[str, str]]:
    """Words and their Snowball stems -> concept, and multi-word phrases -> concept(s).

    Stemming the whole glossary takes a quarter of a second, so the result is stored in
    `glossary_index.py`; a test checks that the stored index matches this function.
    Regenerate it with `python -m vraem_claims.textkeys`.
    """
    index: dict[str, str] = {}
    phrases: dict[str, str] = {}
    words: list[tuple[str, str]] = []
    for concept, forms in CONCEPTS.items():
        token = _concept_token(concept)
        index[token] = token
        for form in forms:
            folded = fold(form)
            if " " in folded or "-" in folded:
                phrases.setdefault(folded, token)
            else:
                words.append((folded, token))
    # Every word as written first, then the stems: a word of one concept ("red", a
    # network) is never claimed by the stem of another's ("redada", a raid).
    for folded, token in words:
        index.setdefault(folded, token)
    # Analysts' shorthand of five letters or fewer ("helos", "tps", "op") is written whole:
    # its stem would only claim other words ("helo" took "helada", a frost, by "hel").
    shorthand = {
        fold(form) for forms in ABBREVIATIONS.values() for form in forms if len(fold(form)) <= 5
    }
    for folded, token in words:
        if folded in shorthand:
            continue
        # A stem that is a stop word is never looked up ("reporters" stems to "report"):
        # registered, it would only claim that word for the concept. A stem of three
        # letters is kept apart (see `SHORT_STEM`): looked up as a word, it would take
        # "Santa Rosa" for an increase ("ros", rose), "un par" for a stoppage ("par",
        # paro), a "SEC/" code for "dried" ("sec", seco) and "muro" for a death.
        for key in (stem_en(folded), stem_es(folded)):
            if key not in STOPWORDS:
                index.setdefault(key if len(key) > 3 else SHORT_STEM + key, token)
    for tokens, forms in COMPOUNDS.items():
        for form in forms:
            phrases.setdefault(fold(form), tokens)
    return index, phrases


# Phrases by their first word: (number of words, phrase, concept), longest first.
class PhraseStarts(dict[str, tuple[tuple[int, str, str], ...]]):
    """Phrases by first word: (number of words, phrase, concept), longest first; and, in
    `seconds`, the words that may follow each first word in some phrase."""

    seconds: dict[str, frozenset[str]]


_WORD = re.compile(r"\w+")


def phrase_starts(phrases: dict[str, str]) -> PhraseStarts:
    """Phrase -> concept, indexed by the phrase's first word."""
    starts: dict[str, list[tuple[int, str, str]]] = {}
    seconds: dict[str, set[str]] = {}
    for phrase, concept in phrases.items():
        words = _WORD.findall(phrase)
        starts.setdefault(words[0], []).append((len(words), phrase, concept))
        seconds.setdefault(words[0], set()).add(words[1] if len(words) > 1 else "")
    result = PhraseStarts(
        (word, tuple(sorted(found, reverse=True))) for word, found in starts.items()
    )
    result.seconds = {word: frozenset(found) for word, found in seconds.items()}
    return result


@lru_cache(maxsize=1)
def _glossary() -> tuple[PhraseStarts, dict[str, str]]:
    """The multi-word surface forms by first word, and the word index."""
    from vraem_claims.glossary_index import INDEX, PHRASES

    return phrase_starts(PHRASES), INDEX


def replace_phrases(folded: str, starts: PhraseStarts) -> str:
    """`folded` with each glossary phrase replaced by its concept, longest phrase first.

    Phrases are whole words joined by single spaces or hyphens, so matching walks the
    words of the text and compares the exact span a candidate phrase would cover.
    """
    # Most texts contain no phrase at all: a phrase can only match where its first two
    # words follow each other, which a look-up of each pair of words rules out before any
    # phrase is compared.
    words = _WORD.findall(folded)
    seconds = starts.seconds
    if not any(
        second in following
        for first, second in pairwise(words)
        if (following := seconds.get(first)) is not None
    ):
        return folded
    spans = [(match.start(), match.end(), match.group()) for match in _WORD.finditer(folded)]
    pieces: list[str] = []
    copied = 0
    i = 0
    while i < len(spans):
        start, _, word = spans[i]
        for count, phrase, concept in starts.get(word, ()):
            last = i + count - 1
            if last < len(spans) and folded[start : spans[last][1]] == phrase:
                pieces.append(folded[copied:start])
                pieces.append(f" {concept} ")
                copied = spans[last][1]
                i = last
                break
        i += 1
    if not pieces:
        return folded
    pieces.append(folded[copied:])
    return "".join(pieces)


@lru_cache(maxsize=1)
def concept_tokens() -> frozenset[str]:
    """Every concept the glossary defines."""
    return frozenset(_glossary()[1].values())


def write_glossary_index(path: Path) -> None:
    index, phrases = build_glossary_index()
    lines = [
        '"""Generated by `python -m vraem_claims.textkeys` from glossary.py: do not edit."""',
        "",
        "INDEX: dict[str, str] = {",
        *(f"    {key!r}: {value!r}," for key, value in sorted(index.items())),
        "}",
        "PHRASES: dict[str, str] = {",
        *(f"    {key!r}: {value!r}," for key, value in sorted(phrases.items())),
        "}",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _word_concept(token: str) -> str:
    """The concept token of one word of folded text; "" for a word that says nothing."""
    word = token.strip("_")
    if len(word) < 2 or word in STOPWORDS or word in NUMBER_WORDS or word in MONTHS:
        return ""
    index = _glossary()[1]
    english, spanish = stem_en(word), stem_es(word)
    found = index.get(word)
    if not found and word in OWN_MEANING:
        # As a word no concept lists (its cognate key), unless that is a concept's name
        # ("based" stems to "base").
        key = cognate(english)
        return word if index.get(key) == key else key
    found = found or index.get(english) or index.get(spanish)
    if not found and len(word) >= SHORT_STEM_WORDS:
        # "volaron" and "pozos" still reach their concepts by stems of three letters.
        found = index.get(SHORT_STEM + english) or index.get(SHORT_STEM + spanish)
    return found or (english if word in KEEP_STEM else cognate(english))


# A word cut short with a full stop ("presup.", "adol.", "pérd.") in folded text.
_ABBREVIATED = re.compile(r"\b([a-z]{4,})\.(?![a-z\d])")


def _expand_abbreviation(match: re.Match[str]) -> str:
    """An unknown word of four letters or more cut short with a full stop, as the one
    concept whose glossary words it begins: "presup." is a budget (presupuesto), "adol."
    youth; "merc." (mercado, mercurio) and "inv." (inversión, investigación) begin several
    and stay as written."""
    word = match.group(1)
    own = _word_concept(word)
    if not own or own in concept_tokens():
        return match.group()  # a month ("sept."), a stop word, or a word the glossary knows
    concept = _prefix_concept(word)
    return f"{concept} " if concept else match.group()


@lru_cache(maxsize=4096)
def _prefix_concept(prefix: str) -> str:
    """The one concept of the glossary's words and stems that begin with `prefix`, or ""."""
    words = _index_words()
    index = _glossary()[1]
    found = set()
    for word in words[bisect.bisect_left(words, prefix) :]:
        if not word.startswith(prefix):
            break
        if len(word) < len(prefix) + ABBREVIATED_MIN_CUT:
            return ""  # "dept." is no "depth": a word cut short loses several letters
        found.add(index[word])
    return found.pop() if len(found) == 1 else ""


# See `_prefix_concept`: the fewest letters an abbreviation leaves out of each word it may
# stand for.
ABBREVIATED_MIN_CUT = 3


@lru_cache(maxsize=1)
def _index_words() -> list[str]:
    """The glossary's words and stems, sorted (stems of three letters left out)."""
    return sorted(word for word in _glossary()[1] if not word.startswith(SHORT_STEM))


# Words whose cognate key would meet an unrelated word: "internos" (inmates) and
# "internacional", "colectivo" (a shared taxi) and "collection", "material" and "matter",
# "derecha" and "derechos", "cuentos" and "cuentas", "vatios" and "vacío", "general" (the
# rank) and "generous", "Morales" and "moral" (review). They keep their plain stems.
KEEP_STEM = frozenset(
    "interno internos interna internas internacional internacionales colectivo colectivos "
    "material materiales derecha derechas cuento cuentos vatio vatios general generales "
    "morales".split()
)


# Endings of Spanish and English words of one Latin root, longest first within a family:
# "delimitación"/"delimitation", "comunidad"/"community", "parcial"/"partial",
# "sistemas"/"systems". Stripped from a word no concept lists, so that a word of either
# language meets its translation where the two are cognates.
_COGNATE_ENDINGS = tuple(
    sorted(
        (
            "aciones acion iciones icion ciones cion siones sion idades idad dades dad "
            "encias encia ancias ancia ativos ativas ativo ativa ivos ivas ivo iva ismos ismo "
            "arios arias ario aria osos osas oso osa icos icas ico ica ales al es os as o a e "
            "ar ation ition tion sion ities ity iti ence ance ive ism ary ari ous ical ic i"
        ).split(),
        key=len,
        reverse=True,
    )
)
_DOUBLED = re.compile(r"([a-z])\1")
# "-tion" and "-ción"; a stem's closing "-nti" ("confidenti", "essenti", of "-ntial") and
# the Spanish "-nci" of "-ncial".
_TI = re.compile(r"t(?=i[aeou])|(?<=n)t(?=i$)")
# A key shorter than this stays the plain stem: "pichari" and "pichas", "santa" and
# "santo", "turned" and "turno" would meet.
COGNATE_KEY = 5


def cognate(stem: str) -> str:
    """The shared key of an English or Spanish word's stem and its cognates'."""
    key = stem.replace("ph", "f").replace("th", "t").replace("y", "i")
    key = _DOUBLED.sub(r"\1", _TI.sub("c", key))
    for ending in _COGNATE_ENDINGS:
        if ending == "i" and key.endswith("ci"):
            break  # "confidenci", of "confidential" and "confidencial" alike
        if key.endswith(ending):
            if len(key) - len(ending) >= COGNATE_KEY:
                return key[: -len(ending)]
            break
    return key if len(key) >= COGNATE_KEY else stem


@lru_cache(maxsize=64)
def word_keys(words: str) -> frozenset[str]:
    """The tokens `TextKeys.concepts` gives the folded words of `words` (space-separated),
    for sets of names compared with them: "mantaro" is "mantar", as its cognates'."""
    return frozenset(_word_concept(word) or word for word in words.split())


def statement_language(text: str) -> str | None:
    """ "en" or "es" when the function words of `text` are clearly of one language (at
    least twice as many as of the other), None for a mixed, bilingual or telegraphic
    text ("Remanso network boats = blue-painted fibreglass craft")."""
    english = spanish = 0
    for word in _WORD.findall(fold(text)):
        english += word in _ENGLISH_WORDS
        spanish += word in _SPANISH_WORDS
    if english > 2 * spanish:
        return "en"
    if spanish > 2 * english:
        return "es"
    return None


# Function words of one language only ("no", "a" and "se" are both's or other words).
_ENGLISH_WORDS = frozenset(
    "the of and was were is are to in on by for with from that this its their has had "
    "be been at as an it".split()
)
_SPANISH_WORDS = frozenset(
    "el la los las de del y fue fueron es son en por para con que su sus al un una lo como".split()
)


# Stems of three letters are stored under this prefix and looked up only for words of at
# least SHORT_STEM_WORDS letters: "volaron" (vol) is blowing up, "Rosa" (ros) is no rise.
SHORT_STEM = "~"
SHORT_STEM_WORDS = 5


# Texts up to this many characters count as short; each cache holds this many texts.
SHORT_TEXT = 60
CACHED_TEXTS = 200_000


class TextKeys:
    """Turns labels and statements into concept tokens, with the project's aliases."""

    def __init__(self, aliases: Aliases | None = None) -> None:
        self.aliases = aliases or Aliases()
        # Short texts (places, labels, units, names) recur across a corpus and are kept
        # apart from sentences, which rarely do, so a million sentences cannot crowd
        # them out of the cache.
        self._short: dict[str, tuple[str, ...]] = {}
        self._long: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, str] = {}  # word -> its concept token, "" for none

    def concepts(self, text: str) -> tuple[str, ...]:
        """The concept tokens of `text`, in order, without repeats."""
        cache = self._short if len(text) <= SHORT_TEXT else self._long
        cached = cache.get(text)
        if cached is not None:
            return cached
        named = _NAME_PART.sub(_name_part, text) if "Alt" in text or "Baj" in text else text
        if _ROMAN_HINT.search(named):  # "VI 2017", "VI-VII 2017": a date
            named = _ROMAN_MONTH.sub(r"\g<before> ", named)
        if "Plan " in named:  # "Plan VRAEM" is a programme's name, not a plan of a figure
            named = _PLAN_NAME.sub("programme", named)
        named = _CAMEL_WORD.sub(self._split_camel, named)  # "pistasInhabilitadas"
        if "Niñ" in named:  # "El Niño" is the climate event; "el niño murió", a boy
            named = _EL_NINO.sub("elnino", named)
        if "ría" in named:  # "se vacunaría" is "vacunar" in the conditional
            named = _CONDITIONAL.sub(_infinitive, named)
        # Phrases that only date the text ("a fines de 2008") say nothing of what it names.
        folded = strip_time_phrases(self.aliases.substitute(fold(named)))
        if "vol" in folded:  # "volaron 1.320 horas" flew; "voló 41 pistas" blew them up
            folded = _FLOWN.sub("vuelo", folded)
        if "cay" in folded or "cae" in folded or "precipit" in folded or "desplom" in folded:
            # "cayó una avioneta" crashed; "cayó el precio" fell
            folded = _CRASHED.sub(_crashed, folded)
        if "grave" in folded:  # "23 graves" were dug; "heridos graves" are badly wounded
            folded = _GRAVES.sub("fosas", folded)
        if any(word in folded for word in _FIND_WORDS):
            folded = _FOUND_THAT.sub("", folded)  # "were found to need glasses": no seizure
        if any(word in folded for word in _PLAN_WORDS):
            folded = _PLANNED_DEED.sub(r"\1", folded)  # "planned to install": a plan only
        if "raised " in folded:  # "raised 512,000 soles" came in; "raised pigs" were bred
            folded = _RAISED_MONEY.sub("recaudado ", folded)
        if " x " in folded:  # "conducida x la fiscal": Spanish shorthand for "por"
            folded = _X_FOR_POR.sub(" por ", folded)
        if "captura" in folded:  # "la captura promedio por embarcación" is a fish catch
            folded = _FISH_CATCH.sub("catch", folded)
        if "round " in folded:  # "round 8.6 acres" is about so many; "rounds" are ammunition
            folded = _ROUND_FIGURE.sub("", folded)
        if "free" in folded:  # "free refills" cost nothing; "free the hostages" frees them
            folded = _WENT_FREE.sub(lambda m: m.group() + "d", folded)  # "walked freed"
            folded = _FREE_OF_CHARGE.sub("gratis ", _FREE_PREDICATE.sub(_free_of_charge, folded))
        if "interv" in folded:  # "14 locales intervenidos" were raided, not seized
            folded = _PLACES_RAIDED.sub(r"\1redada", _RAIDED.sub("redada", folded))
        if "head" in folded:  # "98 head" and "the stolen head" are animals, not leaders
            folded = _HEAD_COUNT.sub(r"\1 livestock", folded)
        if "shot" in folded:  # "HPV shots" are vaccines; "shots fired" are gunfire
            folded = _VACCINE_SHOTS.sub(r"\1 vaccine", folded)
        if "operativo" in folded:  # "estarían operativos" work; "un operativo" is a raid
            folded = _OPERATIONAL.sub(r"\1operational", folded)
        if "_" in folded:  # machine keys: "coca_area_ha" is "coca area ha"
            folded = folded.replace("_", " ")
        if ("puest" in folded or "stall" in folded) and _MARKET.search(folded):
            folded = _STALLS.sub("market stalls", folded)  # "214 puestos" of the market
        if "." in folded and len(text) <= SHORT_TEXT:  # labels: "presup. progr.", "pérd."
            folded = _ABBREVIATED.sub(_expand_abbreviation, folded)
        if "th" in folded or "st" in folded or "nd" in folded or "rd" in folded:
            folded = _ORDINAL_SUFFIX.sub(r"\1", folded)  # "15th September": no word "th"
        folded = replace_phrases(folded, _glossary()[0])
        known = self._words
        result: dict[str, None] = {}
        for word in _TOKEN.findall(folded):
            concept = known.get(word)
            if concept is None:
                concept = _word_concept(word)
                if len(known) < 500_000:
                    known[word] = concept
            if concept:
                result[concept] = None
        tokens = tuple(result)
        if len(cache) < CACHED_TEXTS:
            cache[text] = tokens
        return tokens

    def _split_camel(self, match: re.Match[str]) -> str:
        """A word in camelCase as its words ("pistasInhabilitadas", "#SelvaDorada",
        "kgIncautados"), unless it is a known word or alias as it stands
        ("narcoTerroristas", "DeVida") or a name opening with a particle of under three
        letters ("McDonald", "LaMar")."""
        word = match.group()
        parts = _CAMEL_HUMP.split(word)
        if len(parts[0]) < CAMEL_PREFIX_MIN and word[0].isupper():
            return word  # a name's particle ("McDonald", "LaMar"); "kgIncautados" splits
        folded = fold(word)
        if _word_concept(folded) in concept_tokens() or self.aliases.substitute(folded) != folded:
            return word
        return " ".join(parts)

    def names(self, text: str, *, opening: bool = False) -> tuple[str, ...]:
        """Proper names in `text`: runs of capitalised words inside a sentence that are
        not glossary concepts ("Shining Path" is one), folded and with aliases applied.
        With `opening` (statements, not labels in title case), a run that opens a sentence
        names what follows its first word: "El Centro Kawsay lo gestiona" names the
        Centro Kawsay, "Centro Kawsay treats" Kawsay.
        Words in capitals tell no name by their capitals in a text mostly in capitals
        ("HYD/RIVER LEVEL AT PICHARI (m)"), but do in lower-case text ("reward for
        'ARTEMIO'")."""
        upper = sum(char.isupper() for char in text) > sum(char.islower() for char in text)
        if _ROMAN_HINT.search(text):
            text = _ROMAN_MONTH.sub(r"\g<before> ", text)
        concepts = concept_tokens()
        found: dict[str, None] = {}
        for match in _NAME_RUN.finditer(text):
            run = match.group().split()
            if match.start() == 0 or _SENTENCE_START.search(text, 0, match.start()):
                # A sentence's first word is capitalised anyway, so a run it opens tells
                # no name ("Sendero Luminoso members", "The X-ray unit"), unless a name
                # follows it after "of": "Farmers of Santa Rosa protested" names Santa Rosa.
                joiner = next(
                    (k for k, w in enumerate(run) if k and w.lower() in _NAME_JOINERS), None
                )
                if joiner is None and not opening:
                    continue
                run = run[1:] if joiner is None else run[joiner:]
                while run and run[0].lower() in _NAME_JOINERS:
                    run = run[1:]
            words = [
                w
                for w in run
                if fold(w) not in NOT_NAMES
                and not (upper and w.isupper() and len(w) > 1)
                and w[1:2] != "-"  # "X-ray", "T-shirt": capitalised in their own right
            ]
            for token in self.concepts(" ".join(words)):
                if token not in concepts and len(token) >= 3:
                    found[token] = None
        return tuple(found)


# "Volar" followed by hours or a distance is flying, as are "horas voladas"; otherwise the
# glossary reads it as blowing up, as in "voló 41 pistas" (folded text).
_FLOWN = re.compile(
    r"\bvol(?:ar|o|aron|amos|aba|aban|ado|ada|ados|adas|ara|aran)\b(?=\s+(?:(?:durante|por|"
    r"unas?|mas de|casi|cerca de)\s+)*[\d.,]+\s+(?:horas|hrs?|kilometros|km|millas)\b)|"
    r"(?<=\bhoras )volad(?:o|a|os|as)\b"
)
# A craft or a vehicle that "cayó" (fell) crashed: "una avioneta cayó en Vizcatán", "cae
# otra avioneta", "un bus cayó a un abismo" (blind10, blind15); prices and output that
# "cayeron" fell, as "la caída" of them does.
_CRAFT = (
    r"(?:avionetas?|aeronaves?|aviones?|helicopteros?|buses|bus|omnibus|camion|camiones|"
    r"camionetas?|autos?|vehiculos?|combis?|lanchas?|botes?|deslizadores?|motos?)"
)
_FALLEN = r"(?:cayo|cae|caen|cayeron|se cayo|se precipito|se desplomo)"
_CRASHED = re.compile(
    rf"\b{_FALLEN}\b(?=(?: (?:una|un|otra|otro|el|la|los|las|esta|vez|,))* {_CRAFT}\b)|"
    rf"\b(?P<craft>{_CRAFT}) {_FALLEN}\b"
)


def _crashed(match: re.Match[str]) -> str:
    craft = match.group("craft")
    return f"{craft} accidente" if craft else "accidente"


# Beside a market, "puestos" and "stalls" are its stalls, not posts nor halts (blind15:
# "market: stalls", "puestos_mercado", "el fuego arrasó 214 puestos del mercado").
_MARKET = re.compile(r"\b(?:market|markets|mercado|mercados|merc|traders|comerciantes)\b")
_STALLS = re.compile(r"\b(?:puestos?|stalls?)\b(?! (?:de|del) (?:mercado|venta)\b)")
# English "graves" after a determiner, before a verb of digging, or alone (a unit) are
# burial pits; Spanish "graves" follows what it qualifies ("heridos graves", "3 graves y 9
# leves"), so a number before it is no evidence.
_GRAVES = re.compile(
    r"^graves?$|(?:(?<=\bthe )|(?<=\bof )|(?<=\bfrom ))graves\b|"
    r"\bgraves(?= (?:opened|exhumed|dug|were|was|at)\b)"
)
# A plan followed by what it will do ("planned to install 3,200", "prevé instalar 3.200")
# plans it: the deed's verb is dropped.
_PLANNED_DEED = re.compile(
    r"\b((?:planned|plans|plan|aims?|aimed|intends?|intended|expects?|expected|target is|"
    r"goal is|preve|prevee|preveia|planea|planeaba|proyecta|proyectaba|busca|buscaba)"
    r"(?: to)?) (?:install|build|complete|finish|instalar|construir|completar|culminar|"
    r"terminar)\b"
)
_PLAN_WORDS = (
    "plan",
    "aim",
    "intend",
    "expect",
    "target is",
    "goal is",
    "prev",
    "proyect",
    "busca",
)
# "Plan" capitalised before a name: a programme ("Plan VRAEM", "Plan de Desarrollo").
_PLAN_NAME = re.compile(r"\bPlan(?= (?:de |del )?[A-ZÁÉÍÓÚÑ])")
# "Found that" and "found to" report a finding, not a thing found or seized.
# Only "that" opening a clause ("found that 40 systems failed", not "found that cache")
# and "to" before a verb ("found to need", not "found to the north").
_FIND_WORDS = ("find", "found", "encontr", "hall")
_FOUND_THAT = re.compile(
    r"\b(?:found|finds|find|encontro|encontraron|hallo|hallaron)"
    r"(?= (?:that (?:the|a|an|some|most|all|only|none|no|there|it|they|he|she|\d)"
    r"|to (?:be|have|need|lack|hold|contain|show|exceed)|que)\b)"
)
_EL_NINO = re.compile(r"\bEl Niño\b")  # not La Niña, its opposite
# A Spanish verb of "-ar" or "-ir" in the conditional ("vacunaría", "costarían",
# "reuniríamos"), which no stem of its other forms reaches. Not "-ería": that ending is
# mostly a shop or trade ("librería", "ganadería"). Nouns of "-aría" are left as written:
# a police station ("comisaría"), a prison, an office, and schools with a stray accent.
# Capitalised words are left: "Zacarías", "Notaría" are names.
_CONDITIONAL = re.compile(r"\b([a-zñáéíóú]\w+[ai]r)ía(?:s|mos|n)?\b")
_NOT_CONDITIONAL = frozenset(
    "comisar penitenciar secretar secundar primar originar notar vicar".split()
)


def _infinitive(match: re.Match[str]) -> str:
    verb = match.group(1)
    return match.group() if verb.lower() in _NOT_CONDITIONAL else verb


# "Raised" before a sum of money: the money came in ("raised S/ 512,000", "raised some
# 2 million soles", "raised US$ 40,000").
_RAISED_MONEY = re.compile(
    r"\braised (?=(?:(?:some|about|around|nearly|almost|over|more than|only|just|a total "
    r"of|an estimated) )*(?:s/|us\$|\$|pen |usd |[\d.,]+ ?(?:(?:million|thousand|mil|"
    r"millones|m|k|bn|billion) )?(?:soles|sol|dollars|euros|us\$|pen|usd)\b))"
)
# "Intervenir" a place is to raid it ("se intervino en forma simultánea 14 locales", "11
# talleres mecánicos intervenidos", "se intervinieron 32 kilómetros de cauce"); what else
# is "intervenido" (drugs, a plane, a truck) was seized or stopped, as the glossary says.
# The place must be what was "intervenido": right after the verb (past numbers and
# articles only: "intervino a 20 kilómetros un camión" seized the truck), or right before
# the participle (past two adjectives, no verb: "en su casa fue intervenido el acusado";
# not a place "de" something: "el camión de la empresa intervenido"). Not hectares: coca
# "intervenida" was eradicated or seized.
_RAID_PLACES = (
    r"(?:local(?:es)?|taller(?:es)?|viviendas?|inmuebles?|establecimientos?|bares|"
    r"discotecas?|tiendas?|comercios?|negocios?|kilometros?|cooperativas?|oficinas?|"
    r"mercados?|casas?|predios?|cauces?)"
)
_RAID_FILLER = (
    r"(?:el|la|los|las|un|una|unos|unas|en forma simultanea|de forma simultanea|total|"
    r"\d[\d.,]*|\w+mente|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
)
_RAIDED = re.compile(
    r"\b(?:intervino|intervinieron|intervenir|intervenidos|intervenidas|intervenido|"
    rf"intervenida)(?=(?:\s+{_RAID_FILLER}){{0,5}}\s+{_RAID_PLACES}\b)"
)
_PLACES_RAIDED = re.compile(
    r"(?<!\bde )(?<!\bdel )(?<!\bde la )(?<!\bde las )(?<!\bde los )"
    rf"\b({_RAID_PLACES}(?:\s+(?!(?:fue|fueron|es|son|sido|era|eran|de|del|la|el|los|las|un|"
    r"una|con|en|a|por)\b)[a-z]+){0,2}\s+)intervenid[oa]s?\b"
)
# Animals counted by the head: "98 head", "stolen head"; not "head of" anything, which is
# a phrase of its own ("head of cattle", "head of household").
_HEAD_COUNT = re.compile(
    r"\b(\d[\d.,]*|stolen|rustled|recovered|missing|dead|slaughtered) head\b"
    # Not "head of", nor a head injury, a head-on collision or a head teacher (review).
    r"(?![\s-](?:of|on|injur\w*|wound\w*|trauma\w*|collision\w*|teacher\w*|nurse\w*|"
    r"office\w*|coach\w*)\b)"
)
# "Shots" after a vaccine's disease, "booster" or "vaccine" are jabs, not gunfire.
_VACCINE_SHOTS = re.compile(
    r"\b(hpv|vph|flu|influenza|measles|polio|tetanus|covid|covid-19|yellow fever|hepatitis|"
    r"hepatitis b|rabies|booster|vaccine) shots?\b"
)
# A month in Roman numerals before a year, alone or as a span with any dash: "VI 2017",
# "(VI-VII 2017)", "since VIII 2024" (blind17). Capitals only: "vi" and "x" are words.
_ROMAN = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
# A cheap test first: a Roman numeral's last letter, blanks and a year.
_ROMAN_HINT = re.compile(r"[IVX]\s+(?:19|20)\d\d")
# Only after an opening bracket or a word that dates ("of VI 2017", "since VIII 2024"):
# "Fase II 2019" and "Fase III 2019" keep the numerals that tell them apart (review).
_ROMAN_MONTH = re.compile(
    r"(?P<before>(?:^|[(\[,;:]|\b(?i:of|in|since|until|from|to|by|on|de|en|desde|hasta|del|"
    rf"al|el)\b)\s*){_ROMAN}(?:\s*[\u2013/-]\s*{_ROMAN})?(?=\s+(?:19|20)\d\d\b)"
)
# The letters of an English ordinal written in digits: "15th", "1st", "22nd", "3rd".
_ORDINAL_SUFFIX = re.compile(r"(\d)(?:st|nd|rd|th)\b")
# A catch of fish, not an arrest: "la captura promedio por embarcación", "capturas de
# trucha", "la captura pesquera" (blind20), in folded text.
_FISH_CATCH = re.compile(
    r"\bcapturas?\b(?=\s+(?:(?:promedio|media|diarias?|anual(?:es)?|totale?s?)\s+){0,2}"
    r"(?:(?:es|fue|era|de|del|en|el)\s+(?:[\w.,]+\s+){0,6}?)?"
    r"(?:pesqueras?|por\s+(?:embarcacion|pescador|bote|lancha|faena)|(?:de|del)\s+(?:la\s+)?"
    r"(?:peces|pescado|pesca|camarones?|truchas?|paiches?|bagres?|boquichicos?|doncellas?))\b)"
)
_X_FOR_POR = re.compile(r"(?<=[a-z])(?<!rayos)(?<!rayo) x (?=[a-z])")  # "rayos x" are X-rays
# "Round" before a figure hedges it ("round 280 feet", a German-English habit, and "round
# about 300"); before anything else it may be ammunition ("a round", "rounds").
_ROUND_FIGURE = re.compile(r"\bround (?:about )?(?=\d)")
# "Free" before a thing is free of charge ("free refills", "free seeds"); before a
# determiner, a pronoun, a number or people it is freeing them ("free the hostages", "free
# 12 captives"), and "free of", "free from" and "free to" are left as they were.
_PEOPLE_FREED = (
    r"hostages?|captives?|prisoners?|detainees?|inmates?|children|child|minors?|women|woman|"
    r"men|man|people|persons?|soldiers?|troops?|officers?|victims?|workers?|families|"
    r"residents|villagers|members?"
)
_FREE_OF_CHARGE = re.compile(
    r"\bfree (?!(?:the|a|an|all|some|any|both|its|his|her|their|them|him|us|those|these|"
    rf"themselves|to|from|of|and|or|on|{_PEOPLE_FREED})\b)(?=[a-z])"
)
# "Free" said of a clause's subject: a service or a good is free of charge ("the classes
# were free", "Disinfection is still free"), people are freed ("the 12 boys were free",
# "she is free now"), and anything else is a thing free of charge (blind24, blind25, review).
_FREE_PREDICATE = re.compile(
    r"(?P<clause>[^,;:.()]*)\b(?:is|are|was|were|remains?|remained|stays?|stayed)"
    r"(?: (?:still|now|also|again|always))? free\b(?! (?:of|from|to)\b)(?!_)"
)
_PEOPLE_OF_A_CLAUSE = re.compile(
    rf"\b(?:{_PEOPLE_FREED}|boys?|girls?|he|she|they|them|we|i|you|suspects?|accused|"
    r"convicts?|fugitives?|leaders?|ringleaders?|comrades?|ashaninkas?|natives?|indigenous|"
    r"comuneros?|campesinos?|peasants?|farmers?|nationals?|foreigners?|citizens?|students?|"
    r"teachers?|doctors?|nurses?|journalists?|defendants?)\b"
)
_SERVICES_OF_A_CLAUSE = re.compile(
    r"\b(?:class|classes|lessons?|courses?|services?|vaccines?|vaccinations?|shots?|"
    r"treatments?|care|consultations?|check-?ups?|tests?|testing|screenings?|disinfection|"
    r"entry|admission|tuition|transport|meals?|seeds?|medicines?|kits?|workshops?|training|"
    r"internet|wi-?fi|access|attention|programme|program|scheme)\b"
)


def _free_of_charge(match: re.Match[str]) -> str:
    clause = match.group("clause")
    # A service or good named is the subject ("Treatment for the 120 boys is free"), else
    # people named are; a clause that names neither says a thing is free (review).
    freed = _PEOPLE_OF_A_CLAUSE.search(clause) and not _SERVICES_OF_A_CLAUSE.search(clause)
    return match.group()[: -len("free")] + ("freed" if freed else "gratis")


# People who go, walk or roam free are freed, whatever follows: "14 suspects went free
# again", "walked free after the trial" (review).
_WENT_FREE = re.compile(
    r"\b(?:go|goes|going|gone|went|walk|walks|walked|walking|roam|roams|roamed|roaming|"
    r"set|sets|setting|broke|break|breaks|got|get|gets|run|runs|ran|running) free\b"
)


# "Operativo" after a verb of being or staying tells a thing that works ("2.610 sistemas
# estarían operativos", "siguen plenamente operativos", "se encontraban operativos"), and so
# it does right after a machine or facility ("helicópteros operativos"); elsewhere it is a
# police or military operation ("un operativo", "tres operativos", "nuevos operativos",
# "mantienen operativos en Vizcatán": they keep up operations).
_OPERATIONAL = re.compile(
    r"\b((?:esta|estan|estaba|estaban|estar|estaria|estarian|estara|estaran|estuvo|"
    r"estuvieron|sigue|siguen|seguia|seguian|seguir|seguiria|seguirian|queda|quedan|quedo|"
    r"quedaron|quedar|quedaria|quedarian|permanece|permanecen|permanecia|permanecian|"
    r"se (?:encuentra|encuentran|encontraba|encontraban|encontrar|encontraria|encontrarian|"
    r"mantiene|mantienen|mantenia|mantenian)|"
    r"helicopteros?|aviones|avion|aeronaves?|avionetas?|vehiculos?|camiones|camion|"
    r"camionetas?|equipos?|sistemas?|motores|motor|generadores?|grupos? electrogenos?|"
    r"pozos?|botes?|radares|radar|drones|dron|paneles|panel) "
    r"(?:(?:aun|todavia|ya|todos|plenamente|totalmente) )?)operativos?\b"
)
# Where a lower-case letter meets a capital inside a word: labels and hashtags written in
# camelCase ("pistasInhabilitadas", "#SelvaDorada") are their words; a run of capitals
# stays whole ("pistasFFAA").
_CAMEL_HUMP = re.compile(r"(?<=[a-záéíóúñü])(?=[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü])")
_CAMEL_WORD = re.compile(r"\b[^\W\d_]*[a-záéíóúñü][A-ZÁÉÍÓÚÑÜ][a-záéíóúñü][^\W\d_]*")
# See `TextKeys._split_camel`.
CAMEL_PREFIX_MIN = 3
# "Alto" and "Bajo" beside a capitalised word are part of a name ("Kimbiri Alto", "Alto
# Pichas"): read as "upper" and "lower", never as a height. Elsewhere "alto" is high.
_NAME_PART = re.compile(
    r"(\b[A-ZÁÉÍÓÚÑ][\w'’-]*\s+)?\b(Alto|Alta|Bajo|Baja)\b(\s+[A-ZÁÉÍÓÚÑ][\w'’-]*)?"
)
UPPER_LOWER = {"Alto": "upper", "Alta": "upper", "Bajo": "lower", "Baja": "lower"}


def _name_part(match: re.Match[str]) -> str:
    before, word, after = match.groups()
    if (
        before is None
        and word.startswith("Baj")
        and _SENTENCE_START.search(match.string, 0, match.start())
    ):
        return match.group()  # "Bajo Humala, la erradicación creció": under, not a name
    names = [w for w in (before, after) if w and _is_name(w.strip())]
    if not names:  # no capitalised neighbour, or a known word: "Selva Alta" is high jungle
        return match.group()
    return f"{before or ''}{UPPER_LOWER[word]}{after or ''}"


def _is_name(word: str) -> bool:
    """A capitalised word that is neither a stop word ("El") nor a glossary concept."""
    folded = fold(word)
    return folded not in STOPWORDS and _word_concept(folded) not in concept_tokens()


# A run of capitalised words, with the lower-case links of Spanish and English names.
_NAME_RUN = re.compile(
    r"\b[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|los|y|of|the)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*)*"
)
_NAME_JOINERS = frozenset("de del la los y of the".split())  # as `_NAME_RUN` joins names
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“(]\s*)$")


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    write_glossary_index(Path(__file__).with_name("glossary_index.py"))
