"""The noun after a number: what is counted, as written ("263 clandestine landing strips").

Up to four words after the number, stopping at punctuation, prepositions,
conjunctions, common verbs and adverbs. In English the noun ends at the first
plural word (the head noun: "46 drug trafficking gangs"), at a past participle
("strips used by") or at an -ing word after a plural ("trucks carrying"); in
Spanish it goes on while the words agree in number ("bases militares"), with one
"de" complement after the head noun ("pistas de aterrizaje clandestinas"). After a
unit the noun is only read behind "of"/"de" ("421 kg of cocaine hydrochloride").
"""

from __future__ import annotations

from vraem_claims.number_text import LazyPattern, fold

_BLANK = r"[ \t\u00a0]"
_STOP = frozenset(
    """of in on at by for with from to into onto over under about between among during since
    until after before per via through across against near within without outside inside along
    than as like and or but nor so yet that which who whom whose when where while if because
    although though is are was were be been being am has have had do does did will would can
    could shall should may might must said says say reported according earlier later ago each
    only also already still now then more less most least this these those its their his her
    our it they he she we you the a an no not there here what how why very too just ever
    de del en con por para al sobre entre desde hasta hacia sin segun tras durante ante bajo
    contra y e o u ni pero que quien quienes cual cuales cuando donde como si porque es son fue
    fueron era eran ha han habia habian sera seran esta estan estaba estaban tiene tienen el la
    los las un una unos unas su sus este esta estos estas ese esa esos esas se lo le les mas
    menos ya muy tambien solo""".split()  # a word list reads better as prose
)
_WORD = r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
_NOUN_WORDS = LazyPattern(
    rf"(?:{_BLANK}+|-)({_WORD})(?:{_BLANK}+({_WORD}))?(?:{_BLANK}+({_WORD}))?"
    rf"(?:{_BLANK}+({_WORD}))?"
)
_OF = LazyPattern(rf"(?i){_BLANK}+(?:of|de)(?={_BLANK}+[^\W\d_])")


def read_noun(text: str, pos: int, family: str, after_unit: bool) -> str | None:
    """The words naming what is counted after `pos`, as written, or None."""
    if pos >= len(text) or text[pos] not in " \t\u00a0-":
        return None
    if after_unit:
        of = _OF.match(text, pos)
        if of is None:
            return None
        pos = of.end()
    match = _NOUN_WORDS.match(text, pos)
    if match is None:
        return None
    words = [
        (fold(match.group(index)), match.end(index))
        for index in range(1, 5)
        if match.group(index) is not None
    ]
    taken: list[str] = []
    end = 0
    index = 0
    while index < len(words):
        folded, word_end = words[index]
        if _complement(words, index, taken, family):
            taken += [folded, words[index + 1][0]]  # "pistas de aterrizaje"
            end = words[index + 1][1]
            index += 2
            continue
        if folded in _STOP or not _continues(folded, taken, family):
            break
        taken.append(folded)
        end = word_end
        index += 1
        if family == "en" and _plural(folded):
            break
    return text[match.start(1) : end] if taken else None


def _complement(words: list[tuple[str, int]], index: int, taken: list[str], family: str) -> bool:
    """Spanish "de" + a noun after the head noun: "pistas de aterrizaje", "bases de operaciones"."""
    return (
        family == "es"
        and len(taken) == 1
        and words[index][0] == "de"
        and index + 1 < len(words)
        and words[index + 1][0] not in _STOP
    )


def _continues(folded: str, taken: list[str], family: str) -> bool:
    if not taken:
        return True
    if family == "es":
        return _plural(folded) == _plural(taken[0])
    if folded.endswith("ed"):
        return False
    return not (folded.endswith("ing") and _plural(taken[-1]))


def _plural(folded: str) -> bool:
    return len(folded) > 2 and folded.endswith("s") and not folded.endswith(("ss", "us", "is"))
