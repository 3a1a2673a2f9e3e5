"""Which claims file a new claim goes to, and writing it there safely.

The file is, in this order:

1. the one given with `--file`;
2. `claims/<tag>.yaml` when one of the claim's tags names an existing file
   (`--tag airstrips` -> `claims/airstrips.yaml`), first tag first;
3. the file holding the claim most similar to the new one, when that similarity
   is at least `MIN_TOPIC_SIMILARITY`: the Jaccard similarity of the two claims'
   concepts (quantity label, statement and tags, compared as `duplicates`
   compares text: folded, aliases applied, English and Spanish domain words
   mapped to one concept, other words stemmed);
4. `claims/new.yaml` (created when needed).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vraem_claims.aliases import fold
from vraem_claims.corpus import Corpus
from vraem_claims.errors import InputError
from vraem_claims.models import Claim
from vraem_claims.project import ALIASES_FILE, REVIEWS_FILE, Project
from vraem_claims.storage import locked_update, writable
from vraem_claims.textkeys import TextKeys
from vraem_claims.yamlinsert import Edit, append_item, check_edit, item_ids, list_items
from vraem_claims.yamlload import BOM, decode_utf8
from vraem_claims.yamlrender import Fields

DEFAULT_FILE = "new.yaml"
MIN_TOPIC_SIMILARITY = 0.25


@dataclass(frozen=True, slots=True)
class FileChoice:
    path: Path
    reason: str


def choose_file(corpus: Corpus, claim: Claim, keys: TextKeys) -> FileChoice:
    """The claims file for a new claim when `--file` is not given (see the module docstring)."""
    claims_dir = corpus.project.claims_dir
    by_stem = {f.path.stem: f.path for f in corpus.files}
    for tag in claim.tags:
        if fold(tag) in by_stem:
            return FileChoice(by_stem[fold(tag)], f"named after the tag `{tag}`")
    wanted = _concepts(claim, keys)
    best: tuple[float, str, Path] | None = None
    for claim_file in corpus.files:
        for loaded in claim_file.claims:
            score = _jaccard(wanted, _concepts(loaded.claim, keys))
            if best is None or score > best[0]:
                best = (score, loaded.id, claim_file.path)
    if best is not None and best[0] >= MIN_TOPIC_SIMILARITY:
        return FileChoice(best[2], f"holds the most similar claim, `{best[1]}` ({best[0]:.2f})")
    return FileChoice(claims_dir / DEFAULT_FILE, "no file holds a similar claim")


def _concepts(claim: Claim, keys: TextKeys) -> frozenset[str]:
    text = " ".join(filter(None, (claim.quantity, claim.statement, *claim.tags)))
    return frozenset(keys.concepts(text))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def check_target(project: Project, path: Path) -> Path:
    """A claims file `add` may write: inside the claims folder, YAML, a writable file."""
    absolute = path if path.is_absolute() else Path.cwd() / path
    claims_dir = project.claims_dir.resolve()
    try:
        absolute.resolve().relative_to(claims_dir)
    except ValueError:
        raise InputError(f"{path}: claims files live in {project.relative(claims_dir)}/") from None
    if absolute.suffix not in (".yaml", ".yml") or absolute.name in (ALIASES_FILE, REVIEWS_FILE):
        raise InputError(f"{path}: not a claims file (a .yaml file other than aliases/reviews)")
    if absolute.is_dir():
        raise InputError(f"{path}: is a directory")
    if absolute.exists() and not writable(absolute):
        raise InputError(f"{path}: the file is read-only")
    if not absolute.parent.is_dir():
        raise InputError(f"{path}: the folder {absolute.parent} does not exist")
    return absolute


def require_writable(project: Project) -> None:
    """Refuse to write into the corpus shipped with the package."""
    if project.embedded:
        raise InputError(
            "no vraem-claims project here (only the shipped corpus, which is not edited); "
            "run in a project folder or pass --project"
        )


def read_text(path: Path, display: str) -> tuple[str | None, bool]:
    """The file's text (None when it does not exist) and whether it starts with a BOM."""
    if not path.exists():
        return None, False
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{display}: cannot read ({exc.strerror or exc})") from None
    return decode_text(data, display), data.startswith(BOM)


def decode_text(data: bytes, display: str) -> str:
    """UTF-8 text of a project file (a BOM dropped), or an error naming the bad byte."""
    text, problem = decode_utf8(data)
    if text is None:
        raise InputError(f"{display}: {problem.message if problem else 'not UTF-8'}")
    return text


def plan_append(
    text: str | None, fields: Fields, item: object, *, list_key: str, display: str
) -> Edit:
    """The file's new text with `item` (a claim, a source) appended under `list_key`,
    checked to read back as intended: the old items unchanged, the new one equal to `item`."""
    count = len(list_items(text, list_key))
    edit = append_item(text, list_key, fields, display=display)
    check_edit(
        text,
        edit.text,
        list_key,
        kept=[(i, i) for i in range(count)],
        written={count: item},
        display=display,
    )
    return edit


def append_claim(path: Path, fields: Fields, claim: Claim, *, display: str) -> Edit:
    """Append the claim under the folder lock, to the file as it is when the lock is held."""
    done: list[Edit] = []

    def update(current: bytes | None) -> bytes:
        if path.exists() and not writable(path):
            raise InputError(f"{display}: the file is read-only")
        text = decode_text(current, display) if current is not None else None
        if claim.id in item_ids(text, "claims"):
            raise InputError(f"{display}: claim id `{claim.id}` was just added by someone else")
        edit = plan_append(text, fields, claim, list_key="claims", display=display)
        done.append(edit)
        bom = BOM if current is not None and current.startswith(BOM) else b""
        return bom + edit.text.encode("utf-8")

    locked_update(path, update)
    return done[0]
