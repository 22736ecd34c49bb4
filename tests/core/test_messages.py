"""The message catalogue: every code has both languages and the same placeholders in each."""

from __future__ import annotations

import string

import pytest

from core.messages import CATALOGUE, Message, msg, set_language


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_each_message_has_english_and_chinese_with_the_same_placeholders(code: str) -> None:
    english, chinese = CATALOGUE[code]
    assert english.strip() and chinese.strip()
    assert _fields(english) == _fields(chinese)


def test_text_follows_the_chosen_language_and_json_carries_code_and_values() -> None:
    message = msg("backup.done", path="/x.db")
    assert message.text("en") == "Backup written to /x.db."
    assert message.text("zh_CN") == "备份已写入 /x.db。"
    set_language("zh_CN")
    try:
        assert str(message.text()) == "备份已写入 /x.db。"
    finally:
        set_language("en")
    assert message.as_json() == {
        "code": "backup.done",
        "values": {"path": "/x.db"},
        "text": "Backup written to /x.db.",
    }


def test_unknown_codes_are_a_programming_error() -> None:
    with pytest.raises(KeyError):
        msg("no.such.code")
    assert isinstance(msg("check.ok", path="p"), Message)
