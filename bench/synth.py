"""A deterministic synthetic vraem-claims project, for benchmarks and recall measurements.

`generate(root, claims=..., sources=..., files=..., seed=...)` writes:

- `pyproject.toml` with an empty `[tool.vraem-claims]` table;
- `seeds/sources.yaml` and one text per source (5-50 KB of English or Spanish prose
  made from templates: airstrips destroyed, cocaine seized in kg/kilos/toneladas,
  coca hectares eradicated, troops/efectivos deployed, bases, attacks, arrests...,
  numbers written the English way (7,500), the Spanish way (7.500, 74 mil), or in
  words (ninety-three, sesenta y cuatro), dates, places in the VRAEM);
- `claims/aliases.yaml` and claims in many small files; every quote is a sentence
  of its source that states the claim's number, so `lint` finds nothing wrong;
- `planted.json`: the pairs planted on purpose, to measure recall:
  * duplicates: the same fact from two sources, reworded, in another unit (kg vs
    kilos vs tons, hectares vs km²), another hedge, or another language;
  * conflicts: the same quantity, day and place (and agent) with disjoint values;
  * look-alikes: the same number on the same day and place, of unrelated
    quantities (14 airstrips vs 14 small planes) that must never be duplicates.

How background claims stay apart. Each numeric claim takes a *slot* (kind, place,
day) that no other claim uses: two claims of one kind on the same day are in
different places (a scope difference), and days of one kind's slots are at least
three days apart (different events for the tool). So the only contradictions and
duplicates in the corpus are the planted ones, and whatever else a tool reports
is a false positive. Non-numeric claims likewise take a (template, place, day)
of their own; up to about 180,000 claims no two of one template share a day,
above that they share days in different places.

Generation streams: a source's text and its claims are written as they are made;
only the few partner claims that wait for a later source of the right language,
and the planted pairs, are kept in memory.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

SCHEMA_VERSION = 1
FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2025, 6, 30)
SPAN_DAYS = (LAST_DAY - FIRST_DAY).days

# Share of generated claims (before partners) by category.
P_NUMERIC = 0.60
P_DUPLICATE = 0.010  # a pair: this claim now, its partner in a later source
P_TEXT_DUPLICATE = 0.002
P_CONFLICT = 0.004
P_LOOKALIKE = 0.003  # a pair, both in this source
P_YEARLY = 0.005  # coca cultivation by district and year (a series)
P_UNLABELLED = 0.08  # numeric claims without `quantity`

# --------------------------------------------------------------------------- places


@dataclass(frozen=True, slots=True)
class Place:
    district: str
    region: str

    @property
    def field(self) -> str:
        return f"{self.district} district, {self.region} region"

    def en(self) -> str:
        return f"{self.district} ({self.region})"

    def es(self) -> str:
        return f"{self.district} ({self.region})"


PLACES: tuple[Place, ...] = tuple(
    Place(d, r)
    for r, districts in (
        ("Cusco", "Pichari|Kimbiri|Villa Kintiarina|Villa Virgen|Echarati|Megantoni"),
        (
            "Ayacucho",
            "Llochegua|Sivia|Canayre|Santa Rosa|Ayna|Anco|Chungui|Anchihuay|Uchuraccay|"
            "Huanta|Samugari|Ayahuanco|Pucacolpa|Tambo|San Miguel|Llochegua Alto",
        ),
        ("Junín", "Pangoa|Mazamari|Río Tambo|Vizcatán del Ene|Santo Domingo de Acobamba|Andamarca"),
        ("Huancavelica", "Huachocolpa|Tintay Puncu|Roble|Pampas|Surcubamba"),
        ("Apurímac", "Ocobamba|Huaccana|Ongoy|Andarapa|Kaquiabamba"),
    )
    for d in districts.split("|")
)

# No name is the start of another: a quote ending in "rio Mantaro" must not also
# occur inside "rio Mantaro Alto" (Q003, quote-ambiguous).
RIVERS = (
    "Apurímac",
    "Ene",
    "Mantaro",
    "Anapati",
    "Quimpiri",
    "Sonomoro",
    "Pichari",
    "Santa Rosa",
)
COUNTRIES_EN = ("Bolivia", "Brazil", "Paraguay", "Colombia", "Ecuador", "Chile", "Argentina")
COUNTRIES_ES = ("Bolivia", "Brasil", "Paraguay", "Colombia", "Ecuador", "Chile", "Argentina")
FIRST_NAMES = (
    "Juan|Pedro|Raúl|Víctor|Jorge|Alejandro|Marco|Luis|Carlos|Walter|Óscar|Hugo|Elmer|"
    "Tarcela|Rosa|Edith|Nilda|Gloria|Florindo|Percy|Wilber|Teófilo|Alberto|Dionisio"
).split("|")
SURNAMES = (
    "Quispe|Huamán|Mamani|Ccoillo|Palomino|Cárdenas|Ramírez|Loayza|Rojas|Chuchón|Tello|"
    "Yupanqui|Condori|Huaranga|Pariona|Taipe|Ñaupa|Sulca|Huayhua|Gutiérrez|Aiquipa|Ochante"
).split("|")
ALIASES = (
    "Tigre|Puma|Cóndor|Gallo|Zorro|Halcón|Lobo|Oso|Águila|Búho|Toro|Venado|Tucán|Otorongo|"
    "Sapo|Ronco|Flaco|Chato|Negro|Rubio|Cholo|Loro|Gato|Mono"
).split("|")

MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()


def date_en(day: dt.date) -> str:
    return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"


def date_en_dmy(day: dt.date) -> str:
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def date_es(day: dt.date) -> str:
    return f"{day.day} de {MONTHS_ES[day.month - 1]} de {day.year}"


# --------------------------------------------------------------------------- numbers

_EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro "
    "veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_ES_TENS = "_ _ veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()


def words_en(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")


def words_es(n: int) -> str:
    if n < 30:
        return _ES_UNITS[n]
    tens, unit = divmod(n, 10)
    return _ES_TENS[tens] + (f" y {_ES_UNITS[unit]}" if unit else "")


def can_spell(n: float) -> bool:
    # Words for small whole numbers; Spanish "uno" apocopates before nouns (veintiún), so skip x1.
    return n == int(n) and 2 <= n < 100 and int(n) % 10 != 1


def digits_en(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}"


def digits_es(value: float, *, group_four: bool = True) -> str:
    if value == int(value):
        n = int(value)
        if n < 10000 and not group_four:
            return str(n)
        return f"{n:,}".replace(",", ".")
    whole, frac = f"{value:.1f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def number_text(value: float, lang: str, rng: random.Random, *, allow_words: bool = True) -> str:
    """How a source writes `value`: digits with the language's grouping, `74 mil`, or words."""
    n = int(value)
    if allow_words and can_spell(value) and rng.random() < 0.3:
        return words_en(n) if lang == "en" else words_es(n)
    if lang == "es":
        if value == n and n >= 2000 and n % 1000 == 0 and n < 1_000_000 and rng.random() < 0.5:
            return f"{n // 1000} mil"
        return digits_es(value, group_four=rng.random() < 0.7)
    return digits_en(value)


def yaml_number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


# --------------------------------------------------------------------------- hedges

HEDGES_EN: dict[str, tuple[str, ...]] = {
    "exact": ("",),
    "about": ("about ", "around ", "approximately ", "some "),
    "nearly": ("nearly ", "almost "),
    "more_than": ("more than ", "over "),
    "at_least": ("at least ",),
}
HEDGES_ES: dict[str, tuple[str, ...]] = {
    "exact": ("",),
    "about": ("alrededor de ", "aproximadamente ", "cerca de ", "{unos} "),
    "nearly": ("casi ",),
    "more_than": ("más de ",),
    "at_least": ("al menos ",),
}
STATEMENT_HEDGE_EN = {
    "exact": "",
    "about": "about ",
    "nearly": "nearly ",
    "more_than": "more than ",
    "at_least": "at least ",
}
STATEMENT_HEDGE_ES = {
    "exact": "",
    "about": "alrededor de ",
    "nearly": "casi ",
    "more_than": "más de ",
    "at_least": "al menos ",
}
QUALIFIERS = ("exact", "about", "nearly", "more_than", "at_least")
QUALIFIER_WEIGHTS = (70, 12, 5, 10, 3)


def hedge_text(qualifier: str, lang: str, feminine: bool, rng: random.Random) -> str:
    options = HEDGES_EN[qualifier] if lang == "en" else HEDGES_ES[qualifier]
    text = rng.choice(options)
    return text.replace("{unos}", "unas" if feminine else "unos")


# --------------------------------------------------------------------------- kinds


@dataclass(frozen=True, slots=True)
class UnitForm:
    field: str  # the claim's `unit`
    text: str  # as written in the sentence, after the number
    factor: float  # to the kind's base unit
    feminine: bool = False


@dataclass(frozen=True, slots=True)
class Kind:
    key: str
    tags: tuple[str, ...]
    label_en: tuple[str, ...]
    label_es: tuple[str, ...]
    units_en: tuple[UnitForm, ...]
    units_es: tuple[UnitForm, ...]
    # Source sentences: {when} {hedge} {num} {unit} {where}; each language, several wordings.
    sentences_en: tuple[str, ...]
    sentences_es: tuple[str, ...]
    statement_en: str  # {hedge}{num} {unit} {where} {when}
    statement_es: str
    low: int
    high: int
    attributed: tuple[str, ...]
    cross_language: bool = True  # labels of both languages mean the same concepts
    decimals: bool = False  # values in tons may carry one decimal


KG_EN = (
    UnitForm("kilos", "kilos", 1),
    UnitForm("kg", "kg", 1),
    UnitForm("kilograms", "kilograms", 1),
)
KG_ES = (UnitForm("kilos", "kilos", 1), UnitForm("kilogramos", "kilogramos", 1))
TONS_EN = UnitForm("tons", "tons", 1000)
TONS_ES = UnitForm("toneladas", "toneladas", 1000, feminine=True)

KINDS: tuple[Kind, ...] = (
    Kind(
        "airstrips",
        ("airstrips",),
        ("clandestine airstrips destroyed", "airstrips destroyed"),
        ("pistas clandestinas destruidas", "pistas de aterrizaje destruidas"),
        (UnitForm("airstrips", "clandestine airstrips", 1),),
        (UnitForm("pistas", "pistas clandestinas", 1, feminine=True),),
        (
            "On {when}, antinarcotics police destroyed {hedge}{num} {unit} in {where}",
            "Police officers from DIRANDRO disabled {hedge}{num} {unit} around {where} on {when}",
        ),
        (
            "El {when}, la policía antidrogas destruyó {hedge}{num} {unit} en {where}",
            "Agentes de la DIRANDRO inutilizaron {hedge}{num} {unit} en {where} el {when}",
        ),
        "Antinarcotics police destroyed {hedge}{num} clandestine airstrips in {where} on {when}.",
        "La policía antidrogas destruyó {hedge}{num} pistas clandestinas en {where} el {when}.",
        2,
        95,
        ("DIRANDRO", "Antinarcotics Police"),
    ),
    Kind(
        "planes",
        ("narco-planes", "seizures"),
        ("small planes intercepted", "light aircraft intercepted"),
        ("avionetas interceptadas",),
        (UnitForm("planes", "small planes", 1),),
        (UnitForm("avionetas", "avionetas", 1, feminine=True),),
        (
            "On {when}, the air force intercepted {hedge}{num} {unit} over {where}",
            "Radar operators tracked and intercepted {hedge}{num} {unit} near {where} on {when}",
        ),
        (
            "El {when}, la Fuerza Aérea interceptó {hedge}{num} {unit} sobre {where}",
            "Los radares detectaron e interceptaron {hedge}{num} {unit} cerca de {where} el {when}",
        ),
        "The air force intercepted {hedge}{num} small planes over {where} on {when}.",
        "La Fuerza Aérea interceptó {hedge}{num} avionetas sobre {where} el {when}.",
        2,
        40,
        ("Peruvian Air Force", "Joint Command of the Armed Forces"),
    ),
    Kind(
        "labs",
        ("laboratories",),
        ("cocaine laboratories destroyed",),
        ("laboratorios de cocaína destruidos",),
        (UnitForm("laboratories", "cocaine laboratories", 1),),
        (UnitForm("laboratorios", "laboratorios de cocaína", 1),),
        (
            "On {when}, police dismantled {hedge}{num} {unit} in {where}",
            "Antidrug units destroyed {hedge}{num} {unit} hidden in the forest of {where} on {when}",
        ),
        (
            "El {when}, la policía desmanteló {hedge}{num} {unit} en {where}",
            "Unidades antidrogas destruyeron {hedge}{num} {unit} ocultos en el monte de {where} el {when}",
        ),
        "Police destroyed {hedge}{num} cocaine laboratories in {where} on {when}.",
        "La policía destruyó {hedge}{num} laboratorios de cocaína en {where} el {when}.",
        2,
        80,
        ("DIRANDRO", "PNP"),
    ),
    Kind(
        "cocaine",
        ("seizures", "cocaine"),
        ("cocaine seized", "cocaine seizure"),
        ("cocaína incautada", "droga decomisada"),
        (*KG_EN, TONS_EN),
        (*KG_ES, TONS_ES),
        (
            "On {when}, police seized {hedge}{num} {unit} of cocaine hydrochloride in {where}",
            "Officers intercepted a truck carrying {hedge}{num} {unit} of cocaine near {where} on {when}",
        ),
        (
            "El {when}, la policía incautó {hedge}{num} {unit} de clorhidrato de cocaína en {where}",
            "Los agentes decomisaron {hedge}{num} {unit} de cocaína cerca de {where} el {when}",
        ),
        "Police seized {hedge}{num} {unit} of cocaine in {where} on {when}.",
        "La policía incautó {hedge}{num} {unit} de cocaína en {where} el {when}.",
        5,
        4000,
        ("DIRANDRO", "PNP", "Ministry of the Interior"),
        decimals=True,
    ),
    Kind(
        "cocaine_base",
        ("seizures", "cocaine-base"),
        ("cocaine base seized", "coca paste seized"),
        ("pasta básica de cocaína incautada",),
        (*KG_EN, TONS_EN),
        (*KG_ES, TONS_ES),
        (
            "On {when}, police seized {hedge}{num} {unit} of cocaine base paste in {where}",
            "A patrol found {hedge}{num} {unit} of coca paste buried near {where} on {when}",
        ),
        (
            "El {when}, la policía incautó {hedge}{num} {unit} de pasta básica de cocaína en {where}",
            "Una patrulla halló {hedge}{num} {unit} de pasta básica de cocaína enterrados cerca de {where} el {when}",
        ),
        "Police seized {hedge}{num} {unit} of cocaine base paste in {where} on {when}.",
        "La policía incautó {hedge}{num} {unit} de pasta básica de cocaína en {where} el {when}.",
        5,
        3000,
        ("DIRANDRO", "PNP"),
        decimals=True,
    ),
    Kind(
        "precursors",
        ("seizures", "precursors"),
        ("chemical precursors seized",),
        ("insumos químicos incautados",),
        (TONS_EN, *KG_EN),
        (TONS_ES, *KG_ES),
        (
            "On {when}, customs officers seized {hedge}{num} {unit} of chemical precursors bound for {where}",
            "Inspectors confiscated {hedge}{num} {unit} of chemicals at a checkpoint outside {where} on {when}",
        ),
        (
            "El {when}, la Sunat incautó {hedge}{num} {unit} de insumos químicos con destino a {where}",
            "Inspectores decomisaron {hedge}{num} {unit} de insumos químicos en un control de {where} el {when}",
        ),
        "Customs officers seized {hedge}{num} {unit} of chemical precursors bound for {where} on {when}.",
        "La Sunat incautó {hedge}{num} {unit} de insumos químicos con destino a {where} el {when}.",
        200,
        90000,
        ("Sunat", "PNP"),
    ),
    Kind(
        "troops",
        ("deployment", "troops"),
        ("troops deployed", "soldiers deployed"),
        ("efectivos desplegados", "soldados desplegados"),
        (UnitForm("troops", "troops", 1),),
        (UnitForm("efectivos", "efectivos", 1),),
        (
            "On {when}, the army deployed {hedge}{num} {unit} to {where}",
            "The Joint Command sent {hedge}{num} {unit} to reinforce {where} on {when}",
        ),
        (
            "El {when}, el Ejército desplegó {hedge}{num} {unit} en {where}",
            "El Comando Conjunto envió {hedge}{num} {unit} para reforzar {where} el {when}",
        ),
        "The army deployed {hedge}{num} troops to {where} on {when}.",
        "El Ejército desplegó {hedge}{num} efectivos en {where} el {when}.",
        30,
        9000,
        ("Joint Command of the Armed Forces", "Ministry of Defense"),
    ),
    Kind(
        "arrests",
        ("arrests",),
        ("people arrested",),
        ("personas detenidas",),
        (UnitForm("people", "people", 1),),
        (UnitForm("personas", "personas", 1, feminine=True),),
        (
            "On {when}, police arrested {hedge}{num} {unit} during a raid in {where}",
            "Agents detained {hedge}{num} {unit} suspected of drug trafficking in {where} on {when}",
        ),
        (
            "El {when}, la policía detuvo a {hedge}{num} {unit} durante una intervención en {where}",
            "Los agentes capturaron a {hedge}{num} {unit} acusadas de tráfico de drogas en {where} el {when}",
        ),
        "Police arrested {hedge}{num} people in {where} on {when}.",
        "La policía detuvo a {hedge}{num} personas en {where} el {when}.",
        2,
        120,
        ("PNP", "DIRANDRO"),
    ),
    Kind(
        "attacks",
        ("attacks", "shining-path"),
        ("attacks",),
        ("ataques",),
        (UnitForm("attacks", "attacks", 1),),
        (UnitForm("ataques", "ataques", 1),),
        (
            "On {when}, Shining Path columns carried out {hedge}{num} {unit} on patrols in {where}",
            "Militants launched {hedge}{num} {unit} against outposts around {where} on {when}",
        ),
        (
            "El {when}, columnas de Sendero Luminoso perpetraron {hedge}{num} {unit} contra patrullas en {where}",
            "Los senderistas lanzaron {hedge}{num} {unit} contra puestos cerca de {where} el {when}",
        ),
        "Shining Path carried out {hedge}{num} attacks in {where} on {when}.",
        "Sendero Luminoso perpetró {hedge}{num} ataques en {where} el {when}.",
        2,
        30,
        ("Joint Command of the Armed Forces", "Ministry of Defense"),
    ),
    Kind(
        "bases",
        ("bases",),
        ("bases installed",),
        ("bases instaladas",),
        (UnitForm("bases", "counter-terrorist bases", 1),),
        (UnitForm("bases", "bases contraterroristas", 1, feminine=True),),
        (
            "On {when}, the army installed {hedge}{num} {unit} in {where}",
            "Engineers finished {hedge}{num} {unit} for the garrison of {where} on {when}",
        ),
        (
            "El {when}, el Ejército instaló {hedge}{num} {unit} en {where}",
            "Ingenieros militares terminaron {hedge}{num} {unit} para la guarnición de {where} el {when}",
        ),
        "The army installed {hedge}{num} counter-terrorist bases in {where} on {when}.",
        "El Ejército instaló {hedge}{num} bases contraterroristas en {where} el {when}.",
        2,
        25,
        ("Ministry of Defense", "Joint Command of the Armed Forces"),
        cross_language=False,
    ),
    Kind(
        "eradication",
        ("coca", "eradication"),
        ("hectares of coca eradicated", "coca eradicated"),
        ("hectáreas de coca erradicadas", "coca erradicada"),
        (UnitForm("hectares", "hectares", 1), UnitForm("km²", "square kilometers", 100)),
        (
            UnitForm("hectáreas", "hectáreas", 1, feminine=True),
            UnitForm("km²", "kilómetros cuadrados", 100),
        ),
        (
            "On {when}, CORAH crews eradicated {hedge}{num} {unit} of coca in {where}",
            "Eradication teams pulled up {hedge}{num} {unit} of coca bushes in {where} by {when}",
        ),
        (
            "El {when}, las cuadrillas del CORAH erradicaron {hedge}{num} {unit} de coca en {where}",
            "Los equipos de erradicación arrancaron {hedge}{num} {unit} de coca en {where} el {when}",
        ),
        "CORAH crews eradicated {hedge}{num} {unit} of coca in {where} on {when}.",
        "El CORAH erradicó {hedge}{num} {unit} de coca en {where} el {when}.",
        20,
        9000,
        ("CORAH", "DEVIDA"),
    ),
)
KIND_INDEX = {kind.key: i for i, kind in enumerate(KINDS)}

# The yearly series (coca grown by district and year): a long timeline per district.
YEARLY_EN = "In {year}, coca crops covered {hedge}{num} hectares in {where}, according to the monitoring survey"
YEARLY_ES = (
    "En {year}, los cultivos de coca ocuparon {hedge}{num} hectáreas en {where}, según el monitoreo"
)

# --------------------------------------------------------------------------- non-numeric templates

# Sentence (source text) and statement per language; fields: when, where, country, name, alias,
# river, other. Each template is one kind of event.
TEXT_TEMPLATES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    (
        "The small plane intercepted over {where} on {when} was registered in {country}",
        "La avioneta interceptada sobre {where} el {when} tenía matrícula de {country}",
        "The small plane intercepted over {where} on {when} was registered in {country}.",
        "La avioneta interceptada sobre {where} el {when} tenía matrícula de {country}.",
        ("narco-planes",),
    ),
    (
        "{name}, alias {alias}, a Shining Path logistics chief, was captured in {where} on {when}",
        "{name}, alias {alias}, mando logístico de Sendero Luminoso, fue capturado en {where} el {when}",
        "Police captured Shining Path logistics chief {name} ({alias}) in {where} on {when}.",
        "La policía capturó al mando senderista {name} ({alias}) en {where} el {when}.",
        ("leadership", "shining-path"),
    ),
    (
        "On {when}, the government extended the state of emergency in {where} after an ambush near the {river} river",
        "El {when}, el Gobierno prorrogó el estado de emergencia en {where} tras una emboscada cerca del río {river}",
        "The state of emergency in {where} was extended on {when} after an ambush near the {river} river.",
        "El estado de emergencia en {where} se prorrogó el {when} tras una emboscada cerca del río {river}.",
        ("policy",),
    ),
    (
        "Coca growers blocked the road between {where} and {other} on {when} to protest forced eradication",
        "Los cocaleros bloquearon la carretera entre {where} y {other} el {when} en protesta por la erradicación forzosa",
        "Coca growers blocked the road between {where} and {other} on {when}.",
        "Los cocaleros bloquearon la carretera entre {where} y {other} el {when}.",
        ("protests", "coca"),
    ),
    (
        "A maceration site hidden on the banks of the {river} river in {where} was dismantled on {when}",
        "Una poza de maceración oculta a orillas del río {river} en {where} fue desmantelada el {when}",
        "A maceration site on the {river} river in {where} was dismantled on {when}.",
        "Una poza de maceración junto al río {river} en {where} fue desmantelada el {when}.",
        ("laboratories",),
    ),
    (
        "Investigators said the drugs seized in {where} on {when} were bound for {country}",
        "Los investigadores señalaron que la droga incautada en {where} el {when} tenía como destino {country}",
        "Drugs seized in {where} on {when} were bound for {country}, investigators said.",
        "La droga incautada en {where} el {when} iba con destino a {country}, según los investigadores.",
        ("routes",),
    ),
    (
        "Self-defence committees from {where} joined an army patrol along the {river} river on {when}",
        "Los comités de autodefensa de {where} se sumaron a una patrulla del Ejército por el río {river} el {when}",
        "Self-defence committees from {where} joined an army patrol on the {river} river on {when}.",
        "Comités de autodefensa de {where} patrullaron con el Ejército por el río {river} el {when}.",
        ("self-defence",),
    ),
    (
        "{name}, a community leader from {where}, reported threats from drug traffickers on {when}",
        "{name}, dirigente comunal de {where}, denunció amenazas de narcotraficantes el {when}",
        "Community leader {name} of {where} reported threats from drug traffickers on {when}.",
        "El dirigente comunal {name} de {where} denunció amenazas del narcotráfico el {when}.",
        ("threats",),
    ),
)

FILLER_EN = (
    "The valleys of the Apurímac, Ene and Mantaro rivers remain the main coca-growing area of the country.",
    "Residents of {where} said that military patrols had become more frequent.",
    "Analysts note that the steep terrain and dense forest complicate every operation in the region.",
    "The remnants of the Shining Path are believed to protect drug shipments in exchange for payment.",
    "Local authorities in {where} asked for more investment in roads, schools and health posts.",
    "Alternative development programmes promote coffee and cocoa as substitutes for coca.",
    "Officials did not say how many operations are planned for the coming months.",
    "The prosecutor's office opened an investigation into the events in {where}.",
    "Farmers in {where} complained that the price of coffee barely covers their costs.",
    "Most of the cocaine produced in the valleys leaves by river or by small aircraft.",
    "A spokesman for the Joint Command declined to comment on the figures.",
    "Human rights groups asked the authorities to protect the civilian population of {where}.",
    "The highway to {where} was closed for two days because of landslides.",
    "In {year}, the government approved a new multisectoral plan for the region.",
    "Journalists visiting {where} described villages emptied by years of violence.",
)
FILLER_ES = (
    "Los valles de los ríos Apurímac, Ene y Mantaro siguen siendo la principal zona cocalera del país.",
    "Los pobladores de {where} señalaron que los patrullajes militares se han vuelto más frecuentes.",
    "Los analistas advierten que el terreno accidentado y el bosque denso complican cada operativo en la zona.",
    "Se cree que los remanentes de Sendero Luminoso protegen los envíos de droga a cambio de pagos.",
    "Las autoridades locales de {where} pidieron más inversión en carreteras, escuelas y postas de salud.",
    "Los programas de desarrollo alternativo promueven el café y el cacao como sustitutos de la coca.",
    "Las autoridades no precisaron cuántos operativos se realizarán en los próximos meses.",
    "La fiscalía abrió una investigación sobre los hechos ocurridos en {where}.",
    "Los agricultores de {where} se quejaron de que el precio del café apenas cubre sus costos.",
    "La mayor parte de la cocaína producida en los valles sale por río o en avionetas.",
    "Un vocero del Comando Conjunto evitó comentar las cifras.",
    "Organizaciones de derechos humanos pidieron proteger a la población civil de {where}.",
    "La carretera hacia {where} estuvo cerrada dos días por los deslizamientos.",
    "En {year}, el Gobierno aprobó un nuevo plan multisectorial para la región.",
    "Los periodistas que visitaron {where} describieron pueblos vaciados por años de violencia.",
)
PUBLISHERS_EN = (
    "VRAEM Monitor",
    "Andean Security Review",
    "Highland Dispatch",
    "Coca Watch",
    "Peru Field Notes",
)
PUBLISHERS_ES = (
    "Monitor VRAEM",
    "Diario de la Selva Central",
    "Boletín Andino",
    "Observatorio Cocalero",
    "La Voz del Ene",
)

ALIASES_YAML = """\
# Names that mean the same thing (synthetic project for benchmarks).
aliases:
  Shining Path: [Sendero Luminoso, Sendero, SL, MPCP, Militarized Communist Party of Peru]
  VRAEM: [VRAE, "Apurímac, Ene and Mantaro River Valleys", "Valle de los ríos Apurímac, Ene y Mantaro"]
  DIRANDRO: [Antinarcotics Police, Dirección Antidrogas, Anti-narcotics Police]
  PNP: [Peruvian National Police, National Police, Policía Nacional del Perú]
  Joint Command of the Armed Forces: [Armed Forces Joint Command, CCFFAA, Comando Conjunto de las Fuerzas Armadas, Joint Command, Comando Conjunto]
  Ministry of Defense: [Ministerio de Defensa, MINDEF, Defense Ministry]
  Ministry of the Interior: [Ministerio del Interior, MININTER, Interior Ministry]
  Peruvian Air Force: [Fuerza Aérea del Perú, FAP]
  Sunat: [Superintendencia Nacional de Aduanas y de Administración Tributaria]
  CORAH: [Proyecto Especial de Control y Reducción del Cultivo de la Coca en el Alto Huallaga]
  DEVIDA: [Comisión Nacional para el Desarrollo y Vida sin Drogas]
  Junín: [Junin]
  Apurímac: [Apurimac]
  Vizcatán del Ene: [Vizcatan del Ene]
  Río Tambo: [Rio Tambo]
"""

# --------------------------------------------------------------------------- generation state


@dataclass(slots=True)
class Fact:
    """A numeric fact: what one or more claims state."""

    kind: int  # index in KINDS, or -1 for the yearly series
    place: Place
    day: dt.date | None  # None for the yearly series
    year: int
    base_value: float  # in the kind's base unit
    qualifier: str


@dataclass(slots=True)
class Pending:
    """A claim to write in a later source of `lang` (the partner of a planted pair)."""

    lang: str
    make: Callable[[Source, int], ClaimOut]
    record: Callable[[str], None]


@dataclass(slots=True)
class Source:
    index: int
    id: str
    lang: str
    sentences: list[str] = field(default_factory=list)
    latest: dt.date = FIRST_DAY  # the latest day its sentences speak of
    seen: set[str] = field(default_factory=set)

    def add(self, sentence: str, day: dt.date) -> bool:
        key = sentence.lower()
        if key in self.seen:
            return False
        self.seen.add(key)
        self.sentences.append(sentence)
        self.latest = max(self.latest, day)
        return True


@dataclass(slots=True)
class ClaimOut:
    id: str
    fields: list[tuple[str, str]]  # key, YAML text of the value
    quote: str
    source: str
    tags: tuple[str, ...]


@dataclass(slots=True)
class Stats:
    claims: int = 0
    numeric: int = 0
    sources: int = 0
    files: int = 0
    source_bytes: int = 0
    claim_bytes: int = 0


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


class Generator:
    def __init__(self, root: Path, *, claims: int, sources: int, files: int, seed: int) -> None:
        self.root = root
        self.total = claims
        self.n_sources = max(1, min(sources, claims))
        self.n_files = max(1, min(files, claims))
        self.seed = seed
        self.rng = random.Random(seed)
        self.stats = Stats()
        self.planted: dict[str, list[dict[str, Any]]] = {
            "duplicates": [],
            "conflicts": [],
            "lookalikes": [],
        }
        self.pending: dict[str, deque[Pending]] = {"en": deque(), "es": deque()}
        self.claim_counter = 0
        # Numeric slots: (kind, place, day); `per_day` places share a kind's day.
        k = len(KINDS)
        numeric = max(1, int(claims * 1.1 * (P_NUMERIC + P_DUPLICATE + P_CONFLICT + P_LOOKALIKE)))
        self.per_day = min(len(PLACES), max(1, math.ceil(numeric * 3 / (k * SPAN_DAYS))))
        self.blocks = max(1, math.ceil(numeric / (k * self.per_day)))
        self.slot = 0
        # Non-numeric: (template, place, day) slots; one place per template and day while
        # days last (up to about 180,000 claims), then distinct places on a shared day.
        textual = max(1, int(claims * 1.1 * (1 - P_NUMERIC)))
        nt = len(TEXT_TEMPLATES)
        self.text_per_day = min(len(PLACES), max(1, math.ceil(textual / (nt * SPAN_DAYS))))
        self.text_blocks = max(1, math.ceil(textual / (nt * self.text_per_day)))
        self.text_slot = 0
        self.yearly_slot = 0
        self.file_handle: TextIO | None = None
        self.file_index = -1

    # ------------------------------------------------------------------ slots

    def _day(self, block: int, total: int, jitter_key: int) -> dt.date:
        spacing = SPAN_DAYS / total
        start = int(block * spacing)
        room = max(0, int(spacing) - 3)  # keeps days of consecutive blocks >= 3 apart
        jitter = (jitter_key * 2654435761 % 1000003) % (room + 1) if room else 0
        return FIRST_DAY + dt.timedelta(days=min(start + jitter, SPAN_DAYS))

    def numeric_slot(self, kind: int | None = None) -> tuple[int, Place, dt.date]:
        """The next free (kind, place, day); with `kind`, skip to a slot of that kind."""
        k = len(KINDS)
        while True:
            n = self.slot
            self.slot += 1
            block, r = divmod(n, k * self.per_day)
            slot_kind, place_slot = r % k, r // k
            if kind is None or slot_kind == kind:
                break
        place = PLACES[(block * self.per_day + place_slot + block * 7) % len(PLACES)]
        day = self._day(block % self.blocks, self.blocks, block * 31 + place_slot)
        return slot_kind, place, day

    def lookalike_slots(self) -> tuple[tuple[int, Place, dt.date], tuple[int, Place, dt.date]]:
        """Two slots of neighbouring kinds on the same place and day."""
        k = len(KINDS)
        while self.slot % k == k - 1:
            self.slot += 1
        return self.numeric_slot(), self.numeric_slot()

    def text_slot_next(self) -> tuple[int, Place, dt.date]:
        """The next free (template, place, day) of the non-numeric claims."""
        nt = len(TEXT_TEMPLATES)
        n = self.text_slot
        self.text_slot += 1
        block, r = divmod(n, nt * self.text_per_day)
        template, place_slot = r % nt, r // nt
        place = PLACES[(block * self.text_per_day + place_slot + block * 7) % len(PLACES)]
        day = self._day(block % self.text_blocks, self.text_blocks, block)
        return template, place, day

    # ------------------------------------------------------------------ values

    def value_for(self, kind: Kind) -> float:
        rng = self.rng
        # Log-uniform between the kind's bounds; some round figures.
        value = math.exp(rng.uniform(math.log(kind.low), math.log(kind.high)))
        n = int(value)
        r = rng.random()
        if r < 0.15 and n >= 1000:
            n = round(n, -3)
        elif r < 0.3 and n >= 100:
            n = round(n, -2)
        elif r < 0.4 and n >= 20:
            n = round(n, -1)
        return float(max(n, kind.low))

    def pick_unit(self, kind: Kind, lang: str, base_value: float) -> tuple[UnitForm, float]:
        """A unit for the sentence and the value in it (tons only for whole or .5 tonnes)."""
        units = kind.units_en if lang == "en" else kind.units_es
        rng = self.rng
        options = [u for u in units if _fits(base_value, u)]
        unit = rng.choice(options)
        return unit, base_value / unit.factor

    # ------------------------------------------------------------------ claims

    def next_id(self, tag: str) -> str:
        self.claim_counter += 1
        return f"c{self.claim_counter:07d}-{tag}"

    def numeric_claim(
        self,
        source: Source,
        fact: Fact,
        *,
        unit: UnitForm | None = None,
        wording: int | None = None,
        labelled: bool | None = None,
        allow_words: bool = True,
    ) -> ClaimOut | None:
        """A numeric claim stating `fact`, with its sentence added to `source` (None if taken)."""
        rng = self.rng
        lang = source.lang
        yearly = fact.kind < 0
        kind = KINDS[fact.kind] if not yearly else None
        if kind is not None:
            if unit is None:
                unit, value = self.pick_unit(kind, lang, fact.base_value)
            else:
                value = fact.base_value / unit.factor
        else:
            unit = (
                UnitForm("hectares", "hectares", 1)
                if lang == "en"
                else UnitForm("hectáreas", "hectáreas", 1, True)
            )
            value = fact.base_value
        value = round(value, 1)
        num = number_text(value, lang, rng, allow_words=allow_words)
        hedge = hedge_text(fact.qualifier, lang, unit.feminine, rng)
        where = fact.place.en() if lang == "en" else fact.place.es()
        if kind is not None:
            assert fact.day is not None
            when = (
                (date_en if rng.random() < 0.7 else date_en_dmy)(fact.day)
                if lang == "en"
                else date_es(fact.day)
            )
            templates = kind.sentences_en if lang == "en" else kind.sentences_es
            template = templates[wording if wording is not None else rng.randrange(len(templates))]
            sentence = template.format(when=when, hedge=hedge, num=num, unit=unit.text, where=where)
            statement_template = kind.statement_en if lang == "en" else kind.statement_es
            shown = digits_en(value) if lang == "en" else digits_es(value)
            statement_hedge = (STATEMENT_HEDGE_EN if lang == "en" else STATEMENT_HEDGE_ES)[
                fact.qualifier
            ]
            statement = statement_template.format(
                hedge=statement_hedge, num=shown, unit=unit.text, where=where, when=when
            )
            labels = kind.label_en if lang == "en" else kind.label_es
            label = rng.choice(labels)
            tags = kind.tags
            attributed = rng.choice(kind.attributed)
            as_of = fact.day.isoformat()
            day = fact.day
        else:
            template = YEARLY_EN if lang == "en" else YEARLY_ES
            sentence = template.format(year=fact.year, hedge=hedge, num=num, where=where)
            statement = sentence + "."
            label = "coca cultivation" if lang == "en" else "cultivos de coca"
            tags = ("coca", "cultivation")
            attributed = "DEVIDA"
            as_of = str(fact.year)
            day = dt.date(fact.year, 12, 31)
        sentence = sentence[0].upper() + sentence[1:]
        if not source.add(sentence + ".", day):
            return None
        if labelled is None:
            labelled = rng.random() >= P_UNLABELLED
        fields = [("statement", q(statement))]
        if labelled:
            fields.append(("quantity", q(label)))
        fields.append(("value", yaml_number(value)))
        fields.append(("qualifier", fact.qualifier))
        fields.append(("unit", q(unit.field)))
        fields.append(("as_of", as_of))
        fields.append(("place", q(fact.place.field)))
        fields.append(("attributed_to", q(attributed)))
        key = kind.key if kind is not None else "coca-grown"
        return ClaimOut(self.next_id(key.replace("_", "-")), fields, sentence, source.id, tags)

    def text_claim(
        self, source: Source, template: int, day: dt.date, details: dict[str, str]
    ) -> ClaimOut | None:
        lang = source.lang
        sentence_en, sentence_es, statement_en, statement_es, tags = TEXT_TEMPLATES[template]
        when = date_en(day) if lang == "en" else date_es(day)
        country = details["country_en"] if lang == "en" else details["country_es"]
        values = {**details, "when": when, "country": country}
        sentence = (sentence_en if lang == "en" else sentence_es).format(**values)
        sentence = sentence[0].upper() + sentence[1:]
        if not source.add(sentence + ".", day):
            return None
        statement = (statement_en if lang == "en" else statement_es).format(**values)
        fields = [
            ("statement", q(statement)),
            ("as_of", day.isoformat()),
            ("place", q(details["place_field"])),
        ]
        return ClaimOut(self.next_id(f"t{template}"), fields, sentence, source.id, tags)

    def text_details(self, place: Place) -> dict[str, str]:
        rng = self.rng
        other = rng.choice([p for p in PLACES[:12] if p != place])
        country = rng.randrange(len(COUNTRIES_EN))
        return {
            "where": place.en(),
            "place_field": place.field,
            "other": other.district,
            "river": rng.choice(RIVERS),
            "country_en": COUNTRIES_EN[country],
            "country_es": COUNTRIES_ES[country],
            "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}",
            "alias": f"Camarada {rng.choice(ALIASES)}",
        }

    # ------------------------------------------------------------------ planted pairs

    def plant_duplicate(self, source: Source) -> ClaimOut | None:
        rng = self.rng
        category = rng.choice(("unit", "wording", "cross_language", "hedge", "same_text"))
        kind_index, place, day = self.numeric_slot()
        kind = KINDS[kind_index]
        if category == "cross_language" and not kind.cross_language:
            category = "wording"
        if category == "unit" and len(kind.units_en) < 2:
            category = "wording"
        base = self.value_for(kind)
        if category == "unit":
            base = _unit_friendly(base, kind)
        qualifier = "exact" if category == "hedge" else _qualifier(rng)
        fact = Fact(kind_index, place, day, day.year, base, qualifier)
        first_unit = None
        if category == "unit":
            first_unit = _units(kind, source.lang)[0]
            if not _fits(base, first_unit):
                first_unit = None
        wording = rng.randrange(2)
        first = self.numeric_claim(source, fact, unit=first_unit, wording=wording, labelled=True)
        if first is None:
            return None
        partner_lang = source.lang if category != "cross_language" else _other(source.lang)

        def make(target: Source, _: int) -> ClaimOut:
            second_fact = fact
            unit = None
            second_wording = 1 - wording if category in ("wording", "unit", "hedge") else wording
            if category == "hedge":
                second_fact = Fact(
                    kind_index, place, day, day.year, base, rng.choice(("about", "nearly"))
                )
                if second_fact.qualifier == "nearly":
                    second_fact.qualifier = "about"
            if category == "unit":
                options = [
                    u
                    for u in _units(kind, target.lang)
                    if _fits(base, u) and u.field != (first_unit.field if first_unit else "")
                ]
                unit = options[-1] if options else None
            claim = self.numeric_claim(
                target,
                second_fact,
                unit=unit,
                wording=second_wording,
                labelled=True,
                allow_words=category != "same_text",
            )
            if claim is None:  # the same sentence is already in this source: word it the other way
                claim = self.numeric_claim(
                    target, second_fact, unit=unit, wording=1 - second_wording, labelled=True
                )
            assert claim is not None
            return claim

        def record(second_id: str) -> None:
            self.planted["duplicates"].append(
                {"a": first.id, "b": second_id, "category": category, "kind": kind.key}
            )

        self.pending[partner_lang].append(Pending(partner_lang, make, record))
        return first

    def plant_text_duplicate(self, source: Source) -> ClaimOut | None:
        template, place, day = self.text_slot_next()
        details = self.text_details(place)
        first = self.text_claim(source, template, day, details)
        if first is None:
            return None

        def make(target: Source, _: int) -> ClaimOut:
            claim = self.text_claim(target, template, day, details)
            assert claim is not None
            return claim

        def record(second_id: str) -> None:
            self.planted["duplicates"].append(
                {"a": first.id, "b": second_id, "category": "text", "kind": f"t{template}"}
            )

        self.pending[source.lang].append(Pending(source.lang, make, record))
        return first

    def plant_conflict(self, source: Source) -> ClaimOut | None:
        rng = self.rng
        category = rng.choice(("value", "value", "cross_language", "unit"))
        kind_index, place, day = self.numeric_slot()
        kind = KINDS[kind_index]
        if category == "cross_language" and not kind.cross_language:
            category = "value"
        if category == "unit" and len(kind.units_en) < 2:
            category = "value"
        base, other = self.conflicting_values(kind, unit_change=category == "unit")
        fact = Fact(kind_index, place, day, day.year, base, "exact")
        first = self.numeric_claim(source, fact, labelled=True)
        if first is None:
            return None
        partner_lang = source.lang if category != "cross_language" else _other(source.lang)

        def make(target: Source, _: int) -> ClaimOut:
            second = Fact(kind_index, place, day, day.year, other, "exact")
            claim = self.numeric_claim(target, second, labelled=True)
            assert claim is not None
            return claim

        def record(second_id: str) -> None:
            self.planted["conflicts"].append(
                {"a": first.id, "b": second_id, "category": category, "kind": kind.key}
            )

        self.pending[partner_lang].append(Pending(partner_lang, make, record))
        return first

    def conflicting_values(self, kind: Kind, *, unit_change: bool) -> tuple[float, float]:
        """Two values that disagree beyond the about-tolerance and beyond rounding.

        The tool reads a round figure as the range it rounds (1,000 as 500..1,500,
        100 as 50..150), so 1,000 vs 2,000 kilos or 100 vs 64 troops are only a
        rounding difference. Values stated in another unit (2.5 tons = 2,500 kilos)
        are multiples of 100 kg, but never of 1,000.
        """
        rng = self.rng
        for _ in range(100):
            base = self.value_for(kind)
            other = _disjoint_value(base, kind, rng)
            if unit_change:
                base, other = (
                    _unit_friendly(base, kind, odd=True),
                    _unit_friendly(other, kind, odd=True),
                )
            if _apart(base, other):
                return base, other
        return 1234.0, 4321.0  # pragma: no cover - a draw always succeeds in practice

    def plant_lookalike(self, source: Source) -> list[ClaimOut]:
        (ka, place, day), (kb, _, _) = self.lookalike_slots()
        a, b = KINDS[ka], KINDS[kb]
        # A number both kinds can state in their first unit.
        low, high = max(a.low, b.low), min(a.high, b.high)
        if low > high:
            low, high = min(a.high, b.high) // 2 or 2, min(a.high, b.high)
        value = float(self.rng.randint(max(2, low), max(2, high)))
        claims = []
        for kind_index, kind in ((ka, a), (kb, b)):
            unit = _units(kind, source.lang)[0]
            fact = Fact(kind_index, place, day, day.year, value * unit.factor, "exact")
            claim = self.numeric_claim(source, fact, unit=unit, labelled=True)
            if claim is not None:
                claims.append(claim)
        if len(claims) == 2:
            self.planted["lookalikes"].append(
                {"a": claims[0].id, "b": claims[1].id, "kinds": [a.key, b.key], "value": value}
            )
        return claims

    # ------------------------------------------------------------------ writing

    def write_claim(self, claim: ClaimOut) -> None:
        index = self.stats.claims * self.n_files // self.total
        if index != self.file_index:
            self._open_file(index)
        assert self.file_handle is not None
        lines = [f"  - id: {claim.id}\n"]
        lines.extend(f"    {key}: {value}\n" for key, value in claim.fields)
        lines.append(
            f"    citations:\n      - source: {claim.source}\n        quote: {q(claim.quote)}\n"
        )
        lines.append(f"    tags: [{', '.join(claim.tags)}]\n")
        text = "".join(lines)
        self.file_handle.write(text)
        self.stats.claim_bytes += len(text.encode())
        self.stats.claims += 1
        if any(key == "value" for key, _ in claim.fields):
            self.stats.numeric += 1

    def _open_file(self, index: int) -> None:
        if self.file_handle is not None:
            self.file_handle.close()
        self.file_index = index
        path = self.root / "claims" / f"synth-{index:05d}.yaml"
        self.file_handle = path.open("w", encoding="utf-8")
        self.file_handle.write(f"# Synthetic claims (seed {self.seed}), file {index}.\nclaims:\n")
        self.stats.files += 1

    def run(self) -> Stats:
        root = self.root
        (root / "seeds").mkdir(parents=True, exist_ok=True)
        (root / "claims").mkdir(parents=True, exist_ok=True)
        (root / "pyproject.toml").write_text(
            "# Synthetic vraem-claims project (bench/run.py).\n[tool.vraem-claims]\n",
            encoding="utf-8",
        )
        (root / "claims" / "aliases.yaml").write_text(ALIASES_YAML, encoding="utf-8")
        rng = self.rng
        with (root / "seeds" / "sources.yaml").open("w", encoding="utf-8") as catalog:
            catalog.write("# Synthetic sources (bench/synth.py).\nsources:\n")
            for index in range(self.n_sources):
                budget = (
                    index + 1
                ) * self.total // self.n_sources - index * self.total // self.n_sources
                lang = "en" if rng.random() < 0.55 else "es"
                source = Source(index, f"synth-{index:05d}-{lang}", lang)
                self._fill(source, budget, last=index == self.n_sources - 1)
                self._write_source(source, catalog)
        if self.file_handle is not None:
            self.file_handle.close()
        (root / "planted.json").write_text(
            json.dumps(
                {
                    "schema_version": SCHEMA_VERSION,
                    "generator": {
                        "claims": self.stats.claims,
                        "sources": self.n_sources,
                        "files": self.stats.files,
                        "seed": self.seed,
                    },
                    **self.planted,
                },
                indent=1,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )
        return self.stats

    def _fill(self, source: Source, budget: int, *, last: bool) -> None:
        rng = self.rng
        written = 0
        waiting = self.pending[source.lang]
        # Partners waiting for a source of this language come first (at most half the budget).
        while waiting and written < max(1, budget // 2):
            pending = waiting.popleft()
            claim = pending.make(source, written)
            self.write_claim(claim)
            pending.record(claim.id)
            written += 1
        while written < budget:
            r = rng.random()
            made: list[ClaimOut] = []
            room = budget - written
            if r < P_DUPLICATE and not last:
                one = self.plant_duplicate(source)
                made = [one] if one else []
            elif r < P_DUPLICATE + P_TEXT_DUPLICATE and not last:
                one = self.plant_text_duplicate(source)
                made = [one] if one else []
            elif r < P_DUPLICATE + P_TEXT_DUPLICATE + P_CONFLICT and not last:
                one = self.plant_conflict(source)
                made = [one] if one else []
            elif r < P_DUPLICATE + P_TEXT_DUPLICATE + P_CONFLICT + P_LOOKALIKE and room >= 2:
                made = self.plant_lookalike(source)
            elif r < P_NUMERIC:
                one = self.background_numeric(source)
                made = [one] if one else []
            else:
                template, place, day = self.text_slot_next()
                one = self.text_claim(source, template, day, self.text_details(place))
                made = [one] if one else []
            for claim in made:
                self.write_claim(claim)
                written += 1

    def background_numeric(self, source: Source) -> ClaimOut | None:
        rng = self.rng
        if rng.random() < P_YEARLY:
            fact = self.yearly_fact(source)
            if fact is not None:
                return self.numeric_claim(source, fact)
        kind_index, place, day = self.numeric_slot()
        kind = KINDS[kind_index]
        fact = Fact(kind_index, place, day, day.year, self.value_for(kind), _qualifier(rng))
        return self.numeric_claim(source, fact)

    def yearly_fact(self, source: Source) -> Fact | None:
        """The next (district, year) of the coca series, if its year has begun by now."""
        n = self.yearly_slot
        year = FIRST_DAY.year + n // len(PLACES)
        if source.latest.year < year + 1 or year > LAST_DAY.year - 1:
            return None
        self.yearly_slot += 1
        place = PLACES[n % len(PLACES)]
        value = float(round(math.exp(self.rng.uniform(math.log(50), math.log(12000)))))
        return Fact(-1, place, None, year, value, _qualifier(self.rng))

    def _write_source(self, source: Source, catalog: TextIO) -> None:
        rng = self.rng
        lang = source.lang
        filler = FILLER_EN if lang == "en" else FILLER_ES
        target = rng.randint(5_000, 50_000)
        size = sum(len(s) + 1 for s in source.sentences)
        body = list(source.sentences)
        while size < target:
            sentence = rng.choice(filler).format(
                where=rng.choice(PLACES).district, year=rng.randint(2000, LAST_DAY.year)
            )
            body.insert(rng.randrange(len(body) + 1), sentence)
            size += len(sentence) + 1
        paragraphs = []
        i = 0
        while i < len(body):
            n = rng.randint(3, 6)
            paragraphs.append(" ".join(body[i : i + n]))
            i += n
        published = min(
            source.latest + dt.timedelta(days=rng.randint(1, 20)), LAST_DAY + dt.timedelta(days=30)
        )
        if source.latest == FIRST_DAY:
            published = FIRST_DAY + dt.timedelta(days=rng.randint(1, 20))
        title = (
            f"Security operations in the VRAEM, report {source.index}"
            if lang == "en"
            else f"Operativos en el VRAEM, informe {source.index}"
        )
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        name = f"{source.index:05d}.txt"
        data = text.encode("utf-8")
        (self.root / "seeds" / name).write_bytes(data)
        publisher = rng.choice(PUBLISHERS_EN if lang == "en" else PUBLISHERS_ES)
        catalog.write(
            f"  - id: {source.id}\n    file: {name}\n    title: {q(title)}\n"
            f"    publisher: {q(publisher)}\n    published: {published.isoformat()}\n"
            f"    language: {lang}\n"
        )
        self.stats.sources += 1
        self.stats.source_bytes += len(data)


# --------------------------------------------------------------------------- helpers


def _units(kind: Kind, lang: str) -> tuple[UnitForm, ...]:
    return kind.units_en if lang == "en" else kind.units_es


def _fits(base_value: float, unit: UnitForm) -> bool:
    """Whether `base_value` reads well in `unit`: tons only for multiples of 100 kg, km² of 1 km²."""
    if unit.factor == 1:
        return True
    value = base_value / unit.factor
    return value >= 1 and abs(value * 10 - round(value * 10)) < 1e-9


def _unit_friendly(base: float, kind: Kind, *, odd: bool = False) -> float:
    """A value that can be written in every unit of the kind (2,500 kilos = 2.5 tons);
    with `odd`, never a whole number of the larger unit (2,500 kilos, not 2,000)."""
    step = max(u.factor for u in kind.units_en) / 10
    value = max(step * 10, round(base / step) * step)
    if odd and value % (step * 10) == 0:
        value += step
    return value


def rounding_step(value: float) -> float:
    """Half the unit a round figure is rounded to, as vraem-claims reads round figures
    (DESIGN.md, intervals): 7,500 -> 50, 1,000 -> 500; 263 or 30 -> 0 (exact)."""
    if value != int(value):
        return 0.0
    n, zeros = abs(int(value)), 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return 0.5 * 10.0**zeros if zeros >= 2 else 0.0


def _apart(a: float, b: float) -> bool:
    """Whether `a` and `b` stay disjoint once round figures are widened, in any unit
    they are written in (the base unit has the most trailing zeros)."""
    step_a, step_b = rounding_step(a), rounding_step(b)
    return a + step_a < b - step_b or b + step_b < a - step_a


def _disjoint_value(base: float, kind: Kind, rng: random.Random) -> float:
    """A value clearly different from `base` (beyond the about-tolerance and rounding)."""
    factor = rng.uniform(1.4, 2.6)
    other = base * factor if rng.random() < 0.5 or base / factor < kind.low else base / factor
    return float(max(1, round(other)))


def _qualifier(rng: random.Random) -> str:
    return rng.choices(QUALIFIERS, QUALIFIER_WEIGHTS)[0]


def _other(lang: str) -> str:
    return "es" if lang == "en" else "en"


def generate(root: Path, *, claims: int, sources: int, files: int, seed: int) -> Stats:
    """Write a synthetic project into `root` (created); returns what was written."""
    return Generator(root, claims=claims, sources=sources, files=files, seed=seed).run()


def default_sources(claims: int) -> int:
    """100 claims per source (1,000 sources for 100,000 claims), at least 5."""
    return max(5, claims // 100)


def default_files(claims: int) -> int:
    """100 claims per file (1,000 files for 100,000 claims), at least 5."""
    return max(5, claims // 100)


if __name__ == "__main__":  # pragma: no cover - a quick manual run
    import sys
    import time

    out = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    started = time.perf_counter()
    stats = generate(
        out, claims=count, sources=default_sources(count), files=default_files(count), seed=1
    )
    print(stats, f"{time.perf_counter() - started:.1f}s")
