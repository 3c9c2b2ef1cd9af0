"""The attribution tables' lookup: a quote found by its text, and who the engine says said it."""
import quoteapi


def attribution(text: str, quote: str) -> tuple[str | None, str | None]:
    """(speaker name or None, sieve) of the quote whose text is ``quote``."""
    result = quoteapi.extract(text)
    for q in result["quotes"]:
        if q["text"] == quote:
            return (q["speaker"] or {}).get("name"), q["sieve"]
    raise AssertionError(f"quote {quote!r} not found in {[q['text'] for q in result['quotes']]}")


def speaker(text: str, quote: str) -> str | None:
    """The speaker's name of the quote whose text is ``quote``, or None."""
    return attribution(text, quote)[0]
