"""The engine's entry point: text in, quote records out (the JSON the REST API returns)."""
from __future__ import annotations

import functools
import gc
from contextlib import contextmanager

from . import coref, kinds, mentions as mention_finder, namesakes
from .document import analyse
from .mention import NAME, NOMINAL, PRONOUN
from .sieves import Attributor

# Spaces a CMS pastes from web pages (no-break, narrow no-break, thin, figure, en and em spaces)
# and Unicode line and paragraph separators (a single newline is a paragraph break already), each
# mapped to the one character the rules expect.
_ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_ODD_CHARS = tuple(_ODD_SPACES + "\u2028\u2029")  # (each looked for with ``in``: a few fast scans beat
# a character-class search, which tests every character of the text against the class)
_PLAIN_SPACES = str.maketrans(dict.fromkeys(_ODD_SPACES, " ") | {"\u2028": "\n", "\u2029": "\n"})

# Coreference costs some certainty: a pronoun or role noun stands for the named speaker.
_RESOLUTION_FACTOR = {"name": 1.0, "nominal": 0.95, "pronoun": 0.9, "coreference": 0.9}
_HEAD_PARAGRAPHS = 8  # paragraphs where a page's headline, deck, byline and dateline lines may sit


def extract(text: str, *, include_non_quotes: bool = False) -> dict:
    """Find every quotation in ``text`` and who said it.

    Returns ``{"quotes": [...], "speakers": [...]}`` with code-point offsets into ``text``.
    Quoted text that is not a quotation (titles, nicknames, scare quotes, headlines) is left
    out unless ``include_non_quotes`` is true, in which case it has type ``non_quote``.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    with _collector_paused():
        return _extract(text, include_non_quotes)


@contextmanager
def _collector_paused():
    """Why: the engine builds tens of thousands of small containers per article and frees them by
    reference counting (it makes no cycles), yet each 700 of them wakes CPython's cycle collector,
    whose full passes rescan everything alive, a cost that grows with the document. Pausing it for
    the call is what Mercurial's ``nogc`` does; a caller that disabled it keeps it disabled. With
    threads, the first call in turns it back on when it returns; it is never left off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _plain(text: str) -> str:
    """Why: "Ilse\u00a0Varga" from a web page is the same name as "Ilse Varga"; the rules read a
    copy with one plain space or newline for each odd one, so every offset still holds, and the
    records slice the input itself."""
    return text.translate(_PLAIN_SPACES) if any(c in text for c in _ODD_CHARS) else text


def _extract(text: str, include_non_quotes: bool) -> dict:
    plain = _plain(text)
    doc = analyse(plain)
    mentions = mention_finder.find(doc)
    attributor = Attributor(doc, mentions)
    head = frozenset(k for k in range(min(len(doc.paragraphs), _HEAD_PARAGRAPHS)) if doc.is_heading(k))
    entities = coref.resolve(mentions, attributor.subjects(), attributor.speakers(), head)
    namesakes.complete_names(entities, plain)
    attributions = attributor.run()

    quotes = []
    used: dict[int, int] = {}  # entity id -> quote count
    named: list[tuple[dict, int]] = []  # (speaker record, entity id): ids are numbered at the end
    classify, non_quote = kinds.classify, kinds.NON_QUOTE
    for q, a in zip(doc.quotes, attributions, strict=True):
        qtype, reason = classify(doc, q, a)
        if qtype == non_quote and not include_non_quotes:
            continue
        speaker = cue = sieve = None
        confidence = 0.0
        if a is not None:
            sieve = a.sieve
            confidence = a.confidence
            if a.cue is not None:
                cue = {"text": text[a.cue.start:a.cue.end], "start": a.cue.start, "end": a.cue.end}
            m = a.mention
            if m is not None and m.entity >= 0 and entities[m.entity].name:
                e = entities[m.entity]
                resolution = _resolution(m, e)
                confidence *= _RESOLUTION_FACTOR[resolution]
                speaker = {"id": None, "name": e.name,
                           "mention": {"text": text[m.start:m.end], "start": m.start, "end": m.end},
                           "resolution": resolution}
                named.append((speaker, e.id))
                used[e.id] = used.get(e.id, 0) + 1
            else:
                confidence *= 0.5
        record = {
            "id": f"q{len(quotes) + 1}",
            "text": text[q.start:q.end],
            "start": q.start,
            "end": q.end,
            "type": qtype,
            "speaker": speaker,
            "cue": cue,
            "sieve": sieve,
            "confidence": _rounded(confidence),
        }
        if qtype == non_quote:
            record["non_quote_reason"] = reason
        quotes.append(record)
    speakers = []
    renumber = {eid: f"s{n + 1}" for n, eid in enumerate(sorted(used))}
    for eid in sorted(used):
        e = entities[eid]
        speakers.append({
            "id": renumber[eid],
            "name": e.name,
            "kind": e.kind,
            "titles": list(e.titles),
            "mentions": [{"text": text[mentions[i].start:mentions[i].end], "start": mentions[i].start,
                          "end": mentions[i].end} for i in e.mentions],
            "quote_count": used[eid],
        })
    for speaker, eid in named:
        speaker["id"] = renumber[eid]
    return {"quotes": quotes, "speakers": speakers}


@functools.lru_cache(maxsize=256)
def _rounded(confidence: float) -> float:
    """Why: round() to 3 places costs more than the rest of a quote's record, and confidences are
    products of a few constants, so each one is rounded once."""
    return round(confidence, 3)


def _resolution(m, e) -> str:
    if m.form == PRONOUN:
        return "pronoun"
    if m.form == NOMINAL and e.form == NAME:
        return "nominal"
    if m.form == NAME and m.name != e.name:
        return "coreference"
    return "name"
