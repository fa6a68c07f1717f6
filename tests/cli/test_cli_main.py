"""kroniek.cli.main: errors become one line on stderr and an exit code."""

from __future__ import annotations

import pytest

import kroniek.cli as cli


def test_running_out_of_memory_is_one_line_and_an_input_error(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    def exhausted() -> None:
        raise MemoryError

    monkeypatch.setattr(cli, "app", exhausted)
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.count("\n") == 1 and "out of memory" in err and "--max-bytes" in err
