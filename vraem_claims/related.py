"""The claims a new claim relates to: duplicates, same-quantity claims, reviews it unsettles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from vraem_claims.analysis import analyse
from vraem_claims.claims import ClaimFile, LoadedClaim
from vraem_claims.conflicts import Kind, classify_pair
from vraem_claims.corpus import Corpus


def related_claims(corpus: Corpus, loaded: LoadedClaim) -> list[str]:
    """Duplicates and same-quantity claims of a claim not yet in the corpus, as lines to show.

    The claim is compared as `conflicts` and `duplicates` would compare it once written:
    `analysis.analyse` runs on the corpus with the claim added.
    """
    extended = replace(
        corpus, files=[*corpus.files, ClaimFile(Path(loaded.path), loaded.path, [loaded])]
    )
    analysis = analyse(extended)
    by_id = {c.id: c for c in extended.claims}
    lines = []
    for pair in analysis.duplicates:
        if loaded.id in pair.ids:
            other = by_id[pair.ids[0] if pair.ids[1] == loaded.id else pair.ids[1]]
            lines.append(
                f"duplicate: states the same fact as `{other.id}` ({other.location()}): "
                f"{', '.join(pair.reasons)}"
            )
    for conflict in analysis.conflicts:
        if loaded.id not in conflict.ids:
            continue
        mine = next(m for m in conflict.measures if m.id == loaded.id)
        kinds = sorted(
            (
                (classify_pair(mine, other), other)
                for other in conflict.measures
                if other.id != loaded.id
            ),
            key=lambda item: (-item[0][0].rank, item[1].id),
        )
        for (kind, reason), measure in kinds[:MAX_RELATED]:
            other = by_id[measure.id]
            label = "conflict" if kind is Kind.CONTRADICTION else "same quantity"
            value = f"{other.claim.value_text()} {other.claim.unit or ''}".rstrip()
            lines.append(
                f"{label}: `{other.id}` ({value}, {other.location()}): "
                f"{kind.value.replace('_', ' ')}, {reason}"
            )
        if len(kinds) > MAX_RELATED:
            lines.append(f"same quantity: {len(kinds) - MAX_RELATED} more claims")
        others = frozenset(conflict.ids) - {loaded.id}
        for review in corpus.reviews.reviews:
            if review.review.key == others:
                lines.append(
                    f"review: the decision on {', '.join(sorted(others))} ({review.location}) "
                    "will no longer apply once this claim joins their group; review it again"
                )
    return lines


# A new claim in a long series is shown against its most serious neighbours only.
MAX_RELATED = 12
