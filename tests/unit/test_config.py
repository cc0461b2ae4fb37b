"""Settings: declared once, saved and read back, broken files give defaults."""

import pytest

from checkin import config


def test_round_trip(tmp_path):
    path = tmp_path / "settings.toml"
    settings = config.remember_event(
        config.Settings(desk_name='Skranke "2"', auto_print=False), tmp_path / "a.sqlite"
    )
    config.save(settings, path)
    assert config.load(path) == settings


def test_broken_or_missing_file_gives_defaults(tmp_path):
    assert config.load(tmp_path / "missing.toml") == config.Settings()
    broken = tmp_path / "broken.toml"
    broken.write_text("desk_name = [unclosed", encoding="utf-8")
    assert config.load(broken) == config.Settings()
    kept = tmp_path / "broken.toml.broken"
    assert kept.read_text(encoding="utf-8") == "desk_name = [unclosed"  # kept before any save


def test_recent_events_keep_eight_newest_first(tmp_path):
    settings = config.Settings()
    for index in range(10):
        settings = config.remember_event(settings, tmp_path / f"{index}.sqlite")
    assert len(settings.recent_events) == 8
    assert settings.recent_events[0].endswith("9.sqlite")


def test_every_visible_setting_has_a_label():
    assert all(spec.metadata.get("label") for spec in config.FIELDS)


def test_the_windowed_program_opens_the_latest_event_still_there(tmp_path):
    from checkin.commands.gui import desk_arguments

    kept = tmp_path / "seminar.sqlite"
    kept.write_bytes(b"")
    gone = str(tmp_path / "deleted.sqlite")
    assert desk_arguments((gone, str(kept))) == ["run", "--db", str(kept)]
    assert desk_arguments((gone,)) == ["demo"]
    assert desk_arguments(()) == ["demo"]


def test_newlines_quotes_and_backslashes_round_trip(tmp_path):
    path = tmp_path / "settings.toml"
    settings = config.Settings(desk_name='Skranke 2\nved "inngangen" \\ C:\\', printer="Å 1")
    config.save(settings, path)
    assert config.load(path) == settings
    # no temporary file left; no secrets file made to hold nothing
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]


def test_a_bad_value_falls_back_for_its_key_alone_and_is_logged(tmp_path, caplog):
    path = tmp_path / "settings.toml"
    path.write_text(
        'desk_name = "Skranke 2"\nauto_print = "no"\nsounds = 0\nlanguage = "de"\n'
        'pin_hash = "ab12"\npin_salt = "cd"\nrecent_events = ["a.sqlite", 3]\nprinter = 7\n',
        encoding="utf-8",
    )
    with caplog.at_level("WARNING", logger="checkin.config"):
        loaded = config.load(path)
    defaults = config.Settings()
    assert loaded.auto_print is defaults.auto_print  # "no" is not true: the default is used
    assert (loaded.sounds, loaded.language, loaded.printer) == (
        defaults.sounds, defaults.language, defaults.printer,
    )  # fmt: skip
    assert loaded.recent_events == ()
    assert loaded.desk_name == "Skranke 2"
    # an older release's PIN hash (100,000 iterations) moved out of settings.toml, still valid
    assert loaded.pin_hash == "pbkdf2_sha256$100000$cd$ab12" and loaded.pin_salt == ""
    assert "ab12" not in path.read_text(encoding="utf-8")
    logged = caplog.text
    for key in ("auto_print", "sounds", "language", "recent_events", "printer"):
        assert key in logged
    assert "desk_name" not in logged


def test_saving_where_it_cannot_be_written_is_a_clear_error_and_keeps_the_old_file(tmp_path):
    from checkin.errors import StorageError

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="not-a-folder is a file, not a folder"):
        config.save(config.Settings(), blocker / "settings.toml")
