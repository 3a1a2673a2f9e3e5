"""Who says a statement, apart from what it says.

Analysts often keep the attribution of a figure in the statement: "según el Comando
Especial", "according to the 2017 census", ", dijo el alcalde", "The army said that
...", "Per the flight log, ...", a note's "| fuente: carta al director", and a closing
tag ("[firme]", "[rumour]") that says how far to trust it, an author-date citation
("(Ashcombe 2020)"), or an outlet's tag opening it ("[TAPA] ..."). Two statements
of one fact then differ by their clauses of attribution, which say nothing of what is
measured. `split_attribution` cuts those clauses out, in English and Spanish, so that
the rest can be compared.
"""

from __future__ import annotations

import re

from vraem_claims.number_words import counts_in_words

# Words that open a clause naming the source: the clause runs to the next , ; : or the
# sentence's end. A comma or dot between digits ("1,046", "1.800") does not end it.
_SOURCE_WORDS = (
    "según segun acuerdo conforme citando according citing reported cited quoted fuente "
    "fuentes source sources per para"
)
_SOURCE = (
    r"(?:seg[uú]n|de\s+acuerdo\s+(?:con|a)|conforme\s+a|citando\s+a|according\s+to|"
    r"as\s+(?:reported|cited|quoted)\s+by|citing)"
)
_SOURCE_CLAUSE = re.compile(
    rf"(?:^|,\s*|\s)\b{_SOURCE}\b(?:[^,;:.]|[,.](?=\d))*?(?=[,;:.]|$)", re.IGNORECASE
)
# "Per the flight log, ..." opens a statement with its source: "per" then a determiner or
# a name, up to the first comma ("per capita" and "per cent" name no source). In Spanish,
# "Para la Policía, ..." and "Para el alcalde Ayme, ..." say whose view follows: "para"
# then one who speaks. "Para la Operación Tenaza, ...", "Para Pichari, ..." and "Para 2025,
# ..." name an occasion, a place or a date, which the statement measures (review).
_SPEAKERS = (
    r"polic[ií]a|ej[eé]rcito|fiscal[ií]a|fiscal|gobierno|ministerio|ministr[oa]|alcalde(?:sa)?|"
    r"gobernador(?:a)?|comando|defensor[ií]a|autoridad(?:es)?|expert[oa]s?|especialistas?|"
    r"analistas?|investigador(?:a|es)?|dirigentes?|president[ea]|candidat[oa]|vocer[oa]|"
    r"director(?:a)?|jef[ea]|general|coronel|devida|unodc|onu|pnp|fuerzas\s+armadas|marina"
)
_SOURCE_OPENER = re.compile(
    r"^\s*(?:(?i:as\s+)?(?i:per)\s+(?:the\s|a\s|an\s|its\s|their\s|[A-ZÁÉÍÓÚÑ])"
    rf"|(?i:para)\s+(?:(?i:el|la|los|las)\s+)?(?i:{_SPEAKERS})\b)"
    r"(?:[^,;:.]|[,.](?=\d))*?(?=,)"
)
# An analyst's tag closing a statement says how far to trust it, not what it says: "...
# 23 pistas activas en el valle [firme]", "[en disputa]", "[rumour]".
_TRAILING_TAG = re.compile(
    r"(?<![\d\s])\s*(?<!\d\s)\[(?!(?:de|del|of|the|el|la|los|las)\b)([^\[\]\d]{1,40})\]\s*\.?\s*$",
    re.IGNORECASE,
)
# A bracketed tag opening a statement names the outlet it was read in: "[TAPA] Police
# rescued ...", "[LMP live] The bridge ...", "[UN survey] ...".
# Not "[Los militares] destruyeron ...": a tag starts with no article, and a capital
# opens the sentence after it.
_LEADING_TAG = re.compile(
    r"^\s*\[(?!(?:[Ll]os|[Ll]as|[Ee]l|[Ll]a|[Tt]he|[Aa]n?|[Uu]na?)\b)([^\[\]\d]{1,40})\]"
    r"\s*(?=[A-ZÁÉÍÓÚÑ¿\d])"
)
# Hashtags opening a post file it under a place or topic, as a tag does: "#Kimbiri El
# túnel de la fuga ...", "#SantaRosa «Tejón» fue recapturado ..." (blind16).
_LEADING_HASHTAGS = re.compile(r"^\s*((?:#[^\W\d]\w*\s+)+)(?=\S)")
# An author-date citation closing a statement names its source: "... (Ashcombe 2020).",
# "(Boletín Judicial del Sur 2023)", "(DEVIDA, 2021, p. 14)". A name, then a year.
_TRAILING_CITATION = re.compile(
    r"\s*\(((?=[A-ZÁÉÍÓÚÑ])(?!(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|"
    r"Septiembre|Setiembre|Octubre|Noviembre|Diciembre)\b)[^()\d]{2,60}?,?\s+(?:19|20)\d\d[a-z]?"
    r"(?:,\s*(?:p|pp)\.\s*\d+(?:[-\u2013]\d+)?)?)\)\s*\.?\s*$"
)
# A note's field that names its source, opening the statement or a field: "| fuente:
# carta al director", ". Source: UNODC". "Main income source: coca" is data (review).
_SOURCE_FIELD = re.compile(
    r"(?:^|(?<=[|;.,\u2013\u2014-]))\s*(?:fuentes?|sources?)\s*:[^|;]*", re.IGNORECASE
)
# Verbs of saying, and among them those that only say: "Police said the load ..." but
# "the load estimated at ...".
_ONLY_SAID = frozenset("said says told dijo dice afirmó afirma declaró sostuvo aseguró".split())
_SAID = (
    _ONLY_SAID
    | frozenset(
        "reported reports stated states estimated estimates announced claimed claims noted "
        "notes added confirmed indicated informó informa informaron señaló señala señalaron "
        "indicó indica reportó reporta estimó estima anunció precisó detalló explicó "
        "confirmó refirió writes wrote escribe escribió".split()
    )
    | frozenset(
        # Reporting verbs that close a statement as analysts write them (", recuerda la ONG.",
        # ", the mayor recalled."), found on eval/blind13.
        # Not those that also tell what befell a thing (", declared a reserve in 2003",
        # ", admitted to hospital", ", observed from the air").
        "recalled recalls described describes explains mentioned warned warns argued argues "
        "insisted acknowledged revealed reveals specified stressed emphasised emphasized "
        "highlighted commented testified asserted recounted "
        "reseña reseñó describe describió recuerda recordó refiere calcula calculó titula tituló "
        "sostiene advierte advirtió apunta apuntó subraya subrayó destaca destacó agrega agregó "
        "añade añadió explica comenta comentó asegura relata relató narra narró menciona mencionó "
        "consigna consignó publica publicó anota anotó expresa expresó manifiesta manifestó "
        "reconoce reconoció revela reveló cita citó resume resumió concluye concluyó "
        "informan reportan indican detalla precisa recoge recogió "
        # Present tense, as an analyst opening every statement with who asserts it
        # writes them ("El director regional de salud declara que ...", blind15).
        "declara declaran admite admiten admitió afirman aseguran sostienen señalan precisan "
        "detallan explican confirma confirman estiman advierten destacan".split()
    )
)
# The perfect tense, as an analyst who writes "La revista ha escrito que ...", "SENASA ha
# recalcado que ..." (blind24): the participle after its auxiliary only, since "el monto
# estimado que ..." and ", declarado zona de emergencia" say what the fact is (review).
_PARTICIPLES_SAID = (
    "dicho informado señalado indicado reportado estimado anunciado precisado detallado "
    "explicado confirmado referido escrito afirmado declarado sostenido asegurado "
    "recordado advertido subrayado destacado agregado añadido comentado relatado narrado "
    "mencionado consignado publicado anotado expresado manifestado reconocido revelado "
    "citado concluido recogido calculado recalcado contado admitido"
).split()
_SAID_WORD = re.compile(
    rf"\b(?:{'|'.join(sorted(_SAID))}|"
    rf"(?:ha|han|hab[ií]a|hab[ií]an|hemos|he|habr[ií]a)\s+(?:{'|'.join(_PARTICIPLES_SAID)}))\b",
    re.IGNORECASE,
)
_THAT = re.compile(r"\s+(?:that|que)\b", re.IGNORECASE)
# ", dijo el alcalde Ríos." and ", the colonel said on the radio." end the statement; a
# verb followed by more than a few words opens what is said instead, and ", and
# reported three wounded" is another fact.
_SAID_AFTER = re.compile(
    rf",(?!\s*(?:and|but|while|y|e|pero|mientras)\b)\s*"
    rf"(?:{_SAID_WORD.pattern}(?:\s+[^\s,;]+){{1,5}}|[^,;]{{1,60}}?{_SAID_WORD.pattern}[^,;]{{0,40}})"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_]+")
# A set formula that opens a statement only says that a fact follows, as officials and
# some analysts write: "Cabe señalar que ...", "Se advierte que ...", "Es de precisar
# que ...", "It should be noted that ..." (blind25). Not "Se tiene que construir ...",
# an obligation: an infinitive after "que" keeps the formula.
_NOTING = (
    r"se[ñn]alar|precisar|mencionar|destacar|resaltar|indicar|anotar|recordar|agregar|"
    r"a[ñn]adir|subrayar|acotar|apuntar|advertir|notar|aclarar"
)
_NOTING_OPENER = re.compile(
    rf"^\s*(?:(?:cabe|conviene|hay\s+que|vale\s+la\s+pena)\s+(?:{_NOTING})"
    r"|se\s+(?:advierte|tiene|observa|aprecia|verifica|precisa|indica|se[ñn]ala|constata|"
    r"desprende|sabe|aclara)"
    rf"|es\s+(?:de|preciso|importante|necesario|menester|oportuno)\s+(?:{_NOTING})"
    r"|it\s+(?:should|must|may|can)\s+be\s+(?:noted|stressed|recalled|mentioned|"
    r"pointed\s+out|added|observed|remembered)"
    r"|it\s+is\s+(?:noted|observed|worth\s+(?:noting|mentioning|stressing|recalling)|"
    r"important\s+to\s+(?:note|stress|recall))"
    r"|it\s+bears\s+(?:noting|mentioning|repeating)|note)"
    r"\s+(?:that|que(?!\s+[^\W\d_]+(?:ar|er|ir)(?:l[oa]s?|les?|se|nos)?\b))\b[\s,]*",
    re.IGNORECASE,
)
# The words that may say who speaks: verbs of saying and the participles of their perfect.
_SAYING = _SAID | frozenset(_PARTICIPLES_SAID)
_TRIGGERS = frozenset(_SOURCE_WORDS.split()) | _SAYING
# A clause with a figure in it says more than who speaks; years may name the source.
_FIGURE = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def says_who(statement: str) -> bool:
    """Whether a statement has a verb of saying, so that it may name who says it: a cheap
    test before `split_attribution` looks for the speaker."""
    return not _SAYING.isdisjoint(_WORDS.findall(statement.lower()))


def split_attribution(statement: str, *, speech: bool = True) -> tuple[str, str]:
    """The statement without its clauses of attribution, and those clauses.

    "More than 700,000 people live in the VRAEM, according to the 2017 census." gives
    ("More than 700,000 people live in the VRAEM.", "according to the 2017 census").
    A statement without such a clause comes back whole, with "" as its clauses. With
    `speech=False`, who said it ("Police said ...", ", investigators said.") stays; only
    sources ("according to", "Per the flight log,"), source fields, opening and closing
    tags and closing author-date citations go.
    """
    removed: list[str] = []
    statement = without_formula(statement)
    rest = statement
    opening = _LEADING_TAG.match(rest) or _LEADING_HASHTAGS.match(rest)
    if opening and _WORDS.search(rest[opening.end() :]):
        removed.append(opening.group(1).strip())
        rest = rest[opening.end() :]
    for closing, bracket in ((_TRAILING_TAG, "]"), (_TRAILING_CITATION, ")")):
        if not _closes_with(rest, bracket):
            continue  # a cheap test spares the search, which tries every position
        tag = closing.search(rest)
        if tag and _WORDS.search(rest[: tag.start()]):
            removed.append(tag.group(1).strip())
            rest = rest[: tag.start()]
    words = _TRIGGERS.intersection(_WORDS.findall(rest.lower()))
    if not words:
        return (rest, "; ".join(removed)) if removed else (statement, "")

    def cut(match: re.Match[str]) -> str:
        clause = match.group(0)
        if counts_in_words(clause) or any(
            not _YEAR.fullmatch(figure) for figure in _FIGURE.findall(clause)
        ):
            return clause  # "según la revista hubo una docena de detenidos": not a source
        removed.append(clause.strip(" ,;:."))
        return " " if clause[:1].isspace() else ""

    if speech and words & _SAYING:
        end = _speaker_end(rest)
        if end:
            removed.append(rest[:end].strip())
            rest = rest[end:]
        rest = _SAID_AFTER.sub(cut, rest, count=1)
    rest = _SOURCE_CLAUSE.sub(cut, rest)
    rest = _SOURCE_FIELD.sub(cut, rest)
    rest = _SOURCE_OPENER.sub(cut, rest, count=1)
    rest = rest.strip(" ,;:|")
    if not removed or not _WORDS.search(rest):
        return statement, ""
    return rest, "; ".join(removed)


def without_formula(statement: str) -> str:
    """The statement without a set formula that opens it (`_NOTING_OPENER`): "Cabe
    señalar que la fuga ..." is "la fuga ..."."""
    formula = _NOTING_OPENER.match(statement)
    if formula is None or not _WORDS.search(statement, formula.end()):
        return statement
    return statement[formula.end() :]


def _closes_with(text: str, bracket: str) -> bool:
    """Whether `text` ends with `bracket`, then maybe blanks, a full stop and blanks: where
    a closing tag or citation ends."""
    text = text.rstrip()
    return (text[:-1].rstrip() if text.endswith(".") else text).endswith(bracket)


def _speaker_end(statement: str) -> int:
    """Where a speaker that opens the statement ends, or 0: "The Special Command said
    that ...", "La policía informó que ...", "Police said ..." and "Cesar Ortiz,
    president of APROSEC, said ...", but not "The 2009 Kimbiri Alto study said ...",
    whose subject may be what the figure is about. Each verb of saying is tried in turn:
    "The mayor, who described the attack, said ..." is the mayor's (review)."""
    for verb in _SAID_WORD.finditer(statement, 0, 140):
        speaker = statement[: verb.start()]
        if len(speaker) > 100 or ";" in speaker or _FIGURE.search(speaker):
            return 0  # so is every longer speaker
        if speaker.count(",") not in (0, 2):
            continue
        that = _THAT.match(statement, verb.end())
        if that:
            return that.end()
        only_said = verb.group(0).lower() in _ONLY_SAID
        if only_said and (speaker.count(",") == 2 or len(speaker.split()) <= 3):
            return verb.end()
    return 0
