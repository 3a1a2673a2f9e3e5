"""Normalise the unit of a quantity ("kilos", "hectáreas", "square miles", "soldiers").

Common units come from a table of English and Spanish surface forms, matched
case- and accent-insensitively, singular or plural. Plain "ton"/"tons"/"TM" is
the metric tonne (1000 kg), the usage of Latin American reporting; the US short
ton must be written "short ton(s)". Time units use pint's mean lengths (a year
is 365.25 days, a month a twelfth of that) so "three decades" and "30 years"
compare; a month of 30 days and a year of 365 are their conventional readings
(`CONVENTIONAL`), so "900 días" can be "30 meses".

Other measurement units (pounds, feet, acres, litres, barrels...) go to pint,
imported lazily and only when the text looks like a unit: pint reads many
ordinary words as units ("kilos" is kiloseconds, "points" a typographic length,
"sections" square miles, "bags" a mass, "a" a year, "in" an inch), so a word
must match a known unit stem before pint is asked, and only mass, area, length
and volume results are kept. The table is checked against pint in the tests.

Anything else is a counted thing: dimension "count", canonical the singular
lower-case phrase ("clandestine landing strips" -> "clandestine landing strip",
"pistas clandestinas" -> "pista clandestina"). Only the head noun is made
singular in English (the last word) and every word in Spanish (adjectives agree);
aliases between names are applied elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vraem_claims.number_text import LazyPattern, fold


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: a canonical name, a dimension, and the factor to the dimension's base.

    A calendar unit has two lengths: `factor` is the mean one (pint's), `conventional` the
    one contracts and payrolls count by where it differs (a month of 30 days: "900 días
    calendario" are reported as "30 meses"; a year of 365 days)."""

    canonical: str
    dimension: str
    factor: float
    conventional: float | None = None


_YEAR_DAYS = 365.25
_DAY_SECONDS = 86400.0

# Altitude is a length, above the sea: "3.900 msnm" (metros sobre el nivel del mar),
# "12,800 ft asl" (`is_altitude`).
_ALTITUDE_M = (
    "msnm|m.s.n.m.|masl|m.a.s.l.|m asl|metres above sea level|meters above sea level"
    "|metros sobre el nivel del mar|metros de altitud|m de altitud"
)
_ALTITUDE_FT = "ft asl|feet asl|feet above sea level|pies sobre el nivel del mar"

_TABLE_SPEC: tuple[tuple[Unit, str], ...] = (
    (Unit("kg", "mass", 1.0), "kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes"
     "|kilogramo|kilogramos|kgr"),
    (Unit("g", "mass", 0.001), "g|gr|grs|gram|grams|gramme|grammes|gramo|gramos"),
    (Unit("t", "mass", 1000.0), "t|ton|tons|tonne|tonnes|metric ton|metric tons|tonelada"
     "|toneladas|tonelada métrica|toneladas métricas|tm|tn"
     # Carbon is counted in tonnes of CO2 (a verified credit is one): "214.000 tCO2e".
     "|tco2|tco2e|tco2eq|tco2-eq|t co2-eq|tco₂|tco₂e"),
    (Unit("kt", "mass", 1e6), "ktco2|ktco2e|ktco2eq|kt co2|kt co2e"),
    (Unit("Mt", "mass", 1e9), "mtco2|mtco2e|mtco2eq|mtco₂|mtco₂e|mt co2|mt co2e"),
    (Unit("short ton", "mass", 907.18474), "short ton|short tons"),
    # Spanish pounds ("1.700 libras"): pint knows only the English names.
    (Unit("pound", "mass", 0.45359237), "libra|libras"),
    # The Peruvian (and Spanish) arroba of 25 pounds; coca and coffee are priced by it.
    (Unit("arroba", "mass", 11.5), "arroba|arrobas|@"),
    # The quintal of Peruvian coffee and cacao prices: 46 kg (100 Spanish pounds), not the
    # metric quintal of 100 kg.
    (Unit("quintal", "mass", 46.0), "quintal|quintales|qq|qqs"),
    (Unit("l", "volume", 0.001), "l|lt|lts|liter|liters|litre|litres|litro|litros"),
    (Unit("gal", "volume", 0.003785411784), "gal|gallon|gallons|us gallon|us gallons|galon|galón"
     "|galones"),
    # The oil barrel of 42 US gallons ("620 bbl", "620 barriles" of a spill): pint's plain
    # "barrel" is the US fluid barrel of 31.5 gallons. (No "oil barrels": the unit's words
    # are no words of what is measured, and oil is.)
    (Unit("barrel", "volume", 0.158987294928), "bbl|bbls|barrel|barrels|barril|barriles"),
    (Unit("ha", "area", 1e4), "ha|hectare|hectares|hectárea|hectáreas"),
    # Acres as pint reads them, and their abbreviation "ac" ("35 ac"), which it does not.
    (Unit("acre", "area", 4046.8726098742513), "ac|acre|acres"),
    (Unit("km2", "area", 1e6), "km2|km²|sq km|square kilometer|square kilometers"
     "|square kilometre|square kilometres|kilómetro cuadrado|kilómetros cuadrados"
     "|km cuadrados"),
    (Unit("mi2", "area", 1609.344**2), "mi2|mi²|sq mi|square mile|square miles"
     "|milla cuadrada|millas cuadradas"),
    (Unit("m2", "area", 1.0), "m2|m²|sq m|square meter|square meters|square metre"
     "|square metres|metro cuadrado|metros cuadrados"),
    (Unit("m3", "volume", 1.0), "m3|m³|cu m|cubic meter|cubic meters|cubic metre"
     "|cubic metres|metro cúbico|metros cúbicos"),
    (Unit("ft3", "volume", 0.028316846592), "ft3|ft³|cu ft|cubic foot|cubic feet|pie cúbico"
     "|pies cúbicos"),
    (Unit("m", "length", 1.0), "m|meter|meters|metre|metres|metro|metros|mts|" + _ALTITUDE_M),
    (Unit("mm", "length", 0.001), "mm|millimeter|millimeters|millimetre|millimetres|milímetro"
     "|milímetros"),
    (Unit("cm", "length", 0.01), "cm|centimeter|centimeters|centimetre|centimetres|centímetro"
     "|centímetros"),
    (Unit("km", "length", 1000.0), "km|kms|kilometer|kilometers|kilometre|kilometres|kilómetro"
     "|kilómetros"),
    # Timber is sold by the board foot, a twelfth of a cubic foot ("487.000 pies tablares";
    # blind28), which pint knows only as "board_foot".
    (Unit("board foot", "volume", 0.028316846592 / 12), "board foot|board feet|bd ft|bdft"
     "|fbm|pie tablar|pies tablares"),
    # Spanish feet ("970 pies"), and feet of altitude, which pint does not read.
    (Unit("foot", "length", 0.3048), "pie|pies|" + _ALTITUDE_FT),
    (Unit("mi", "length", 1609.344), "mi|mile|miles|milla|millas"),
    # "41pc" is British newspapers' per cent, "70 por 100" Castilian (a bare "per 100").
    (
        Unit("%", "percent", 1.0),
        "%|percent|per cent|pct|pc|por ciento|porciento|porcentaje|por 100|per 100|por cien",
    ),
    (Unit("pp", "percentage point", 1.0), "pp|percentage point|percentage points"
     "|punto porcentual|puntos porcentuales"),
    (Unit("USD", "currency:USD", 1.0), "$|us$|u$s|usd|dollar|dollars|us dollar|us dollars"
     "|dólar|dólares|dólares estadounidenses|dólares americanos"),
    (Unit("PEN", "currency:PEN", 1.0), "s/|pen|sol|soles|nuevo sol|nuevos soles"),
    (Unit("EUR", "currency:EUR", 1.0), "€|eur|euro|euros"),
    (Unit("GBP", "currency:GBP", 1.0), "£|gbp|pound sterling|pounds sterling|libra esterlina"
     "|libras esterlinas"),
    (Unit("BRL", "currency:BRL", 1.0), "r$|brl|real brasileño|reais"),
    # Power and energy: installed capacity of plants, consumption. Base units W and J.
    (Unit("W", "power", 1.0), "w|watt|watts|vatio|vatios"),
    (Unit("kW", "power", 1e3), "kw|kilowatt|kilowatts|kilovatio|kilovatios"),
    (Unit("MW", "power", 1e6), "mw|megawatt|megawatts|megavatio|megavatios"),
    (Unit("GW", "power", 1e9), "gw|gigawatt|gigawatts|gigavatio|gigavatios"),
    (Unit("kWh", "energy", 3.6e6), "kwh|kilowatt hour|kilowatt hours|kilowatt-hour"
     "|kilowatt-hours|kilovatio hora|kilovatios hora"),
    (Unit("MWh", "energy", 3.6e9), "mwh|megawatt hour|megawatt hours|megawatt-hour"
     "|megawatt-hours|megavatio hora|megavatios hora"),
    (Unit("GWh", "energy", 3.6e12), "gwh|gigawatt hour|gigawatt hours|gigawatt-hour"
     "|gigawatt-hours|gigavatio hora|gigavatios hora"),
    # Temperature in degrees Celsius only: Fahrenheit has an offset, which no factor
    # converts, so "°F" stays a counted word rather than a wrong figure.
    (Unit("°C", "temperature", 1.0), "°c|ºc|celsius|degree celsius|degrees celsius"
     "|grado celsius|grados celsius|grado centígrado|grados centígrados|centígrados"),
    # A multiple of another figure: "over 2 times its capacity", "más del doble" (2 veces).
    (Unit("times", "ratio", 1.0), "times|veces|fold|-fold"),
    (Unit("s", "time", 1.0), "s|sec|secs|second|seconds|segundo|segundos"),
    (Unit("min", "time", 60.0), "min|mins|minute|minutes|minuto|minutos"),
    (Unit("h", "time", 3600.0), "h|hr|hrs|hour|hours|hora|horas"),
    (Unit("day", "time", _DAY_SECONDS), "day|days|día|días"),
    (Unit("week", "time", 7 * _DAY_SECONDS), "week|weeks|semana|semanas"),
    (Unit("month", "time", _YEAR_DAYS * _DAY_SECONDS / 12, 30 * _DAY_SECONDS),
     "month|months|mes|meses"),
    (Unit("year", "time", _YEAR_DAYS * _DAY_SECONDS, 365 * _DAY_SECONDS),
     "year|years|yr|yrs|año|años"),
    (Unit("decade", "time", 10 * _YEAR_DAYS * _DAY_SECONDS, 3650 * _DAY_SECONDS),
     "decade|decades|década|décadas"),
    (Unit("century", "time", 100 * _YEAR_DAYS * _DAY_SECONDS, 36500 * _DAY_SECONDS),
     "century|centuries|siglo|siglos"),
)  # fmt: skip

# Canonical unit -> its conventional length as a share of its mean one (see `Unit`).
CONVENTIONAL: dict[str, float] = {
    unit.canonical: unit.conventional / unit.factor for unit, _ in _TABLE_SPEC if unit.conventional
}

SURFACE_FORMS: dict[str, Unit] = {
    form: unit for unit, forms in _TABLE_SPEC for form in forms.split("|")
}
"""Every form in the fast table, as spelled, and its unit."""


def _key(text: str) -> str:
    """Folded lookup key: lower case, no accents, no dots, superscripts as digits."""
    key = fold(text).replace("²", "2").replace("³", "3").replace(". ", " ").replace(".", "")
    return " ".join(key.split())


TABLE: dict[str, Unit] = {_key(form): unit for form, unit in SURFACE_FORMS.items()}
"""Lookup key (see `_key`) -> unit."""

_ALTITUDES = frozenset(_key(form) for form in f"{_ALTITUDE_M}|{_ALTITUDE_FT}".split("|"))


def is_altitude(text: str | None) -> bool:
    """Whether a unit measures a height above the sea ("msnm", "feet above sea level")."""
    return text is not None and _key(text) in _ALTITUDES


# Units pint may define: the only words worth asking it about.
_PINT_STEMS = (
    "pound|lb|ounce|oz|foot|feet|ft|inch|inches|yard|yd|acre|liter|litre|gallon|gal|barrel"
    "|bbl|quart|qt|pint|grain|carat|fathom|furlong|nautical mile|metric ton|long ton|gram"
    "|meter|metre|mm|cm|dm|mg|ug|mcg|ml|cl|dl|l|cc|m3|cm3|mm2|cm2|km3|ft2|ft3|yd2|in2"
)
_PINT_PREFIXES = "kilo|hecto|deca|deka|deci|centi|milli|micro|nano|mega|giga"
_PINT_GATE = LazyPattern(
    lambda: (
        rf"(?:(?:square|sq|cubic|cu|us|imperial|fluid|short|long|metric|nautical|troy)\s)*"
        rf"(?:{_PINT_PREFIXES})?(?:{_PINT_STEMS})(?:s|es)?"
    )
)
_PINT_DIMENSIONS = {
    "[mass]": "mass",
    "[length]": "length",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
}
_SPANISH_HINT = LazyPattern(
    lambda: (
        r"[áéíóúñ]|\b(?:de|del|la|las|los|el|y|en|por|para)\b"
        r"|(?:cion|dades|ados|adas|idos|idas|iones)\b"
        r"|[^\W\d_]+[^s\W]s\s+[^\W\d_]+[^s\W]s\b"
    )  # two plural words: Spanish adjectives agree
)
_FUNCTION_WORDS = frozenset(
    ("de", "del", "la", "las", "los", "el", "y", "en", "por", "para", "a", "al", "con", "sin")
)
_IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child",
    "police": "police", "personnel": "personnel", "series": "series", "species": "species",
}  # fmt: skip


_READ_DIMENSIONS = ("mass", "area", "length", "time")


def unit_surface_forms() -> tuple[str, ...]:
    """Measurement units, as spelled, that the number reader recognises after a number."""
    table = (form for form, unit in SURFACE_FORMS.items() if unit.dimension in _READ_DIMENSIONS)
    # Board feet, lest "487.000 pies tablares" read as feet of length (review).
    boards = (form for form, unit in SURFACE_FORMS.items() if unit.canonical == "board foot")
    return (*table, *boards, *PINT_SPELLINGS)


# Units that pint reads, as spelled after a number.
PINT_SPELLINGS = (
    "pounds", "lb", "lbs", "feet", "ft", "foot", "acres", "acre", "liters", "litres",
    "liter", "litre", "gallons", "barrels",
    "ounces", "oz", "inches", "yards", "cm", "mm", "mg", "ml",
)  # fmt: skip


def normalize_unit(text: str | None, *, language: str | None = None) -> Unit | None:
    """The unit named by `text` ("kilos" -> kg), a counted thing, or None for empty text.

    `language` ("en", "es"...) picks the plural rules for counted things; without
    it they are guessed from the words.
    """
    if text is None:
        return None
    text = _INVERSE.sub(_divided, _contents(text.strip()))
    key = _key(text)
    if not key:
        return None
    key = _SPEEDS.get(key, key)
    unit = _measurement(key)
    if unit is not None:
        return unit
    rate = _per_people(key, language) or _rate(_per_period(key), language)
    if rate is not None:
        return rate
    if key.startswith("s/"):
        return TABLE["s/"]  # soles, whatever follows the sign ("S/ x kg"), never its last word
    head = _head_unit(key, language)
    if head is not None:
        return head
    return _counted(text, language)


# A unit to the power minus one divides: "t d\N{SUPERSCRIPT MINUS}\N{SUPERSCRIPT ONE}" is
# tonnes a day, "S/ kg^-1" soles a kilo (blind28).
_INVERSE = re.compile(
    r"(?:(?<=\S)[\s\u00b7\u22c5]+|(?<=/))([^\W\d_]+)\s*(?:\u207b\u00b9|\^-1|\^\(-1\))(?![\w])"
)


def _contents(text: str) -> str:
    """`text` without what its unit holds ("sacks of 50 kg", "sacos x 50 kg" are sacks); a
    measure or a currency "x 1 kg" is a rate ("S/ x 1 kg", "tm x 1 ha"; review)."""
    defined = _DEFINED.search(text)
    if defined is None:
        return text
    head = text[: defined.start()]
    if defined.group("x") and (_measurement(_key(head)) or _key(head).startswith("s/")):
        return text
    return head


def _divided(match: re.Match[str]) -> str:
    """ "t d⁻¹" is "t/d"; in "S/kg⁻¹" the slash divides already."""
    slash = match.start() > 0 and match.string[match.start() - 1] == "/"
    return match.group(1) if slash else "/" + match.group(1)


# Speeds written as one word: "53 mph" are 53 miles an hour.
_SPEEDS = {"mph": "mi/h", "kph": "km/h", "kmh": "km/h", "km/hr": "km/h", "mi/hr": "mi/h"}


# What a unit is made of, said after it: "per quintal of 46 kg" is per quintal, not per kg;
# "sacks of 50 kg" are sacks.
_DEFINED = re.compile(
    r"(?<=\S)\s+(?:(?:of|de)\s+\d[\d.,]*\s*[^\W\d_]+"
    # "sacos x 50 kg", "ladrillos x 1 kg": what a sack or brick holds (see `_contents`)
    r"|(?P<x>x)\s+\d[\d.,]*\s*(?:kg|kilos?|g|gr|l|lt|lts|litros?|ml|t|tm|toneladas?|gal"
    r"|galones?|m3|m\u00b3))\.?$",
    re.IGNORECASE,
)


def _measurement(key: str) -> Unit | None:
    unit = TABLE.get(key)
    if unit is None and key.isascii() and _PINT_GATE.fullmatch(key):
        unit = _pint_unit(key)
    return unit


_PERIOD_ADJECTIVES = {
    "diario": "day", "diaria": "day", "diarios": "day", "diarias": "day", "daily": "day",
    "semanal": "week", "semanales": "week", "weekly": "week",
    "mensual": "month", "mensuales": "month", "monthly": "month",
    "anual": "year", "anuales": "year", "annual": "year", "yearly": "year",
}  # fmt: skip


# Things counted by the day or week are counted per day or week: "900 vehículos diarios" is
# "900 vehicles per day", "seis vuelos semanales" six flights a week. Longer periods name a
# kind of thing as often as a rate ("informes anuales", "monthly visits"), so they stay names.
_COUNTED_PERIODS = frozenset({"day", "week"})


def _per_period(key: str) -> str:
    """ "soles mensuales", "monthly soles", "toneladas anuales", "vehículos diarios": the
    rates they are, written with "per" ("soles per month"). A month or year makes a rate only
    of a unit of measure: "monthly visits" stay a counted thing, compared by name."""
    words = key.split()
    if len(words) < 2 or not _PUBLICATIONS.isdisjoint(words):
        return key  # "daily newspapers", "boletines semanales": kinds of publication
    # A Spanish adjective follows its noun: "diarios nacionales" are newspapers.
    for adjective, rest, first in ((words[-1], words[:-1], False), (words[0], words[1:], True)):
        period = _PERIOD_ADJECTIVES.get(adjective)
        if first and adjective not in _ENGLISH_PERIODS:
            continue
        if period and (period in _COUNTED_PERIODS or _measurement(" ".join(rest)) is not None):
            return f"{' '.join(rest)} per {period}"
    return key


_ENGLISH_PERIODS = frozenset({"daily", "weekly", "monthly", "annual", "yearly"})
# Publications named by how often they appear (folded, singular and plural).
_PUBLICATIONS = frozenset(
    "newspaper newspapers paper papers edition editions bulletin bulletins newsletter "
    "newsletters report reports periodico periodicos boletin boletines informe informes "
    "reporte reportes edicion ediciones".split()
)


_RATE_SPLIT = re.compile(r"\s*/\s*|\s+(?:per|por|each|cada|a la|al|a|x)\s+")
# A denominator's abbreviations that are no unit alone: "t/d", "cattle d⁻¹" (blind28).
_DENOMINATORS = {"d": "day"}


def _rate(key: str, language: str | None) -> Unit | None:
    """ "soles per kg", "galones por poza por semana", "USD/kg": a unit divided by others.
    "S/ por kg", "S/kg" and "S/ mensuales" are soles a kilo and a month, not seconds: the
    sign's slash divides nothing (blind20).

    The dimension names every part ("currency:PEN/mass"); counted denominators ("per
    pit") keep their name, so "litres per pit per week" never meets "litres per week".
    """
    if key.startswith("s/"):  # the sol's sign, whose slash divides nothing
        after = key[2:]
        key = "pen" + ("/" if after[:1].isalpha() else "") + after  # "s/kg" is "pen/kg"
    parts = [part for part in _RATE_SPLIT.split(key) if part]
    if len(parts) < 2:
        return None
    parts[1:] = [_DENOMINATORS.get(part, part) for part in parts[1:]]
    units = [normalize_unit(part, language=language) for part in parts]
    if any(unit is None for unit in units):
        return None
    first, *rest = (unit for unit in units if unit is not None)
    factor = first.factor
    dimensions = [first.dimension]
    for unit in rest:
        factor /= unit.factor or 1.0
        dimensions.append(unit.canonical if unit.dimension == "count" else unit.dimension)
    canonical = " per ".join(unit.canonical for unit in units if unit is not None)
    return Unit(canonical, "/".join(dimensions), _settled(factor))


def _settled(factor: float) -> float:
    """A factor worked out by conversion or division, to 12 significant digits: "$ per
    pound" and "US$ por libra" reach one pound by two roads whose last bits differ, and
    14.20 of each must be one figure (blind27)."""
    return float(f"{factor:.12g}")


_PER_PEOPLE = re.compile(
    r"(?:(?P<what>.+?)\s+)?(?:per|por|for every|por cada|x)\s+(?:cada\s+)?"
    r"(?P<digits>\d[\d, ]*)?\s*(?P<scale>k|thousand|mil|million|millon|millones)?"
    r"(?:\s+(?:inhabitants|habitantes|people|persons|personas|residents|residentes"
    r"|pobladores|population|poblacion|hab))?"
)
_SCALES = {"k": 1e3, "thousand": 1e3, "mil": 1e3, "million": 1e6, "millon": 1e6, "millones": 1e6}


def _per_people(key: str, language: str | None) -> Unit | None:
    """A rate per so many people: "per 100,000", "por cada 100.000 habitantes", "per 100k"
    (dimension "count/person", in the thing counted per person)."""
    match = _PER_PEOPLE.fullmatch(key)
    if match is None or not (match["digits"] or match["scale"]):
        return None
    digits = match["digits"].replace(",", "").replace(" ", "") if match["digits"] else "1"
    people = float(digits) * _SCALES.get(match["scale"] or "", 1.0)
    if people < 2:
        return None
    first = normalize_unit(match["what"], language=language) if match["what"] else None
    base = first or Unit("", "count", 1.0)  # "homicides per 100,000": the label says what
    dimension = base.dimension
    canonical = f"{base.canonical} per {people:,.0f}".strip()
    return Unit(canonical, f"{dimension}/person", _settled(base.factor / people))


def _head_unit(key: str, language: str | None) -> Unit | None:
    """A measurement unit heading a phrase: "flight hours", "horas de vuelo", "toneladas de
    cocaína" measure time and mass, whatever they qualify."""
    words = key.split()
    if len(words) < 2:
        return None
    for candidate in (words[-1], words[0]):
        unit = TABLE.get(candidate)
        if unit is not None and unit.dimension != "count":
            return unit
    return None


@lru_cache(maxsize=1)
def _registry() -> Any:
    """The pint registry, built once (~0.5 s with the import): only for rare units."""
    import pint  # lazy: importing pint and building the registry is slow

    return pint.UnitRegistry()


@lru_cache(maxsize=256)
def _pint_unit(key: str) -> Unit | None:
    registry = _registry()
    for spelling in (key, key.replace(" ", "_")):
        try:
            quantity = registry.Quantity(1, spelling)
            base = quantity.to_base_units()
            break
        except Exception:  # pint raises many unrelated types on odd input; all mean "no"
            continue
    else:
        return None
    dimension = _PINT_DIMENSIONS.get(str(quantity.dimensionality))
    if dimension is None:
        return None
    # pint converts through its base units and leaves a last-bit error (a pound is
    # 0.4535923700000001 kg): settled, "14 lb" and "14 libras" are one figure.
    return Unit(str(quantity.units), dimension, _settled(float(base.magnitude)))


def _counted(text: str, language: str | None) -> Unit | None:
    words = [word for word in re.findall(r"[^\W\d_][\w'\u2019-]*", text.lower()) if word]
    if not words:
        return None
    spanish = _is_spanish(text, language)
    if spanish:
        words = [word if word in _FUNCTION_WORDS else _singular_es(word) for word in words]
    else:
        words[-1] = _singular_en(words[-1])
    return Unit(" ".join(words), "count", 1.0)


def _is_spanish(text: str, language: str | None) -> bool:
    if language is not None:
        return language.lower().startswith("es")
    return _SPANISH_HINT.search(text.lower()) is not None


def _singular_en(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    return word[:-1]


def _singular_es(word: str) -> str:
    if word in _IRREGULAR or len(word) <= 3 or not word.endswith("s"):
        return _IRREGULAR.get(word, word)
    if word.endswith("iones"):
        return word[:-5] + "ión"
    if word.endswith("ces"):
        return word[:-3] + "z"
    if word.endswith("es") and word[-3] in "lrndjy" and word[-4] in "aeiouáéíóú":
        return word[:-2]
    if word[-2] in "aeiouáéíóú":
        return word[:-1]
    return word
