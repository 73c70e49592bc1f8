from __future__ import annotations

from eigenkracht.core.errors import describe


def test_describe_keeps_type_and_place_but_never_the_message() -> None:
    try:
        raise ValueError("Mevr. Geheim heeft schulden")
    except ValueError as exc:
        text = describe(exc)
    assert text.startswith("ValueError at ")
    assert "test_errors.py" in text
    assert "Geheim" not in text
    assert "schulden" not in text


def test_describe_without_traceback() -> None:
    assert describe(KeyError("naam")) == "KeyError"
