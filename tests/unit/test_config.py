"""Settings: declared once, saved and read back, broken files give defaults."""

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
