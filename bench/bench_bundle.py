"""The desktop bundle: its size, and the window's start-up bundled beside unbundled, one run.

Start-up is what a volunteer waits for: from the parent's clock before the program starts to
the desk window being visible on the X server (`xdotool search --onlyvisible --pid`, polled
every 10 ms), under Xvfb. Both programs start the same way a desktop icon does, `checkin-desk
--no-camera` with the same settings (the last event: a demo event of 300), alternating,
after one unmeasured start each. The command line's `checkin --version` is timed the same way.
Builds the bundle with `make dist` if there is none. Needs Xvfb (started here, a display of
its own) and xdotool.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkin import APP_NAME, __version__  # noqa: E402  (after the path is set)

ROUNDS = 7
WINDOW_TIMEOUT_S = 60.0
BUNDLE = ROOT / "dist" / f"{APP_NAME.replace(' ', '-')}-{__version__}"
DISPLAY_NUMBER = 87


def bundle() -> Path:
    """The built bundle; `make dist` first if there is none."""
    if not (BUNDLE / "checkin-desk").exists():
        subprocess.run(["make", "-C", str(ROOT), "dist"], check=True)
    return BUNDLE


def size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, links not followed."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def parts(folder: Path) -> dict[str, int]:
    """The biggest parts of the bundle, in bytes."""
    inside = folder / "_internal"
    groups = {
        "OpenCV": ["cv2", "opencv_python_headless.libs"],
        "Qt (PySide6)": ["PySide6"],
        "NumPy": ["numpy", "numpy.libs"],
        "Python": ["libpython3.11.so.1.0", "python3.11", "base_library.zip"],
        "assets": ["assets"],
    }
    found = {}
    for name, members in groups.items():
        found[name] = sum(
            size(inside / m)[0] if (inside / m).is_dir() else (inside / m).stat().st_size
            for m in members if (inside / m).exists()
        )  # fmt: skip
    return found


@contextmanager
def display() -> Iterator[str]:
    """An Xvfb of this run's own (a shared one may be busy or restarted by other tests)."""
    number = DISPLAY_NUMBER
    while Path(f"/tmp/.X11-unix/X{number}").exists():
        number += 1
    name = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", name, "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # ready when it answers, not when its socket exists
            answer = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True,
                                    env={**os.environ, "DISPLAY": name}, check=False)  # fmt: skip
            if answer.returncode == 0:
                break
            time.sleep(0.05)
        yield name
    finally:
        server.terminate()
        server.wait(timeout=10)


def until_visible(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to a visible window of its process."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            return _poll(child, started, errors, env)
        finally:
            child.terminate()
            child.wait(timeout=30)


def _poll(
    child: subprocess.Popen[bytes], started: float, errors: IO[bytes], env: dict[str, str]
) -> float:
    while time.perf_counter() - started < WINDOW_TIMEOUT_S:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(child.pid)],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        if found.stdout.strip():
            return time.perf_counter() - started
        if child.poll() is not None:
            errors.seek(0)
            said = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{child.args!r} ended ({child.returncode}) before a window:\n"
                               f"{said}")  # fmt: skip
        time.sleep(0.01)
    raise RuntimeError(f"{child.args!r}: no window in {WINDOW_TIMEOUT_S:g} s")


def seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def environment(folder: Path, x_display: str) -> dict[str, str]:
    """Settings that open a demo event of 300, in a folder of their own."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=x_display, XDG_CONFIG_HOME=str(folder / "config"))
    env.update(XDG_STATE_HOME=str(folder / "state"), XDG_DATA_HOME=str(folder / "data"))
    event = folder / "event.sqlite"
    python = str(Path(sys.executable).parent / "checkin")
    subprocess.run([python, "demo-data", "--db", str(event), "--size", "300"], env=env,
                   check=True, capture_output=True)  # fmt: skip
    code = (
        "import sys; from pathlib import Path; from checkin import config; "
        "config.save(config.remember_event(config.Settings(sounds=False), Path(sys.argv[1])))"
    )
    subprocess.run([sys.executable, "-c", code, str(event)], env=env, check=True)
    return env


def measure(folder: Path, x_display: str, built: Path) -> dict[str, list[float]]:
    env = environment(folder, x_display)
    programs = {
        "bundled": [str(built / "checkin-desk"), "--no-camera"],
        "unbundled": [str(Path(sys.executable).parent / "checkin-desk"), "--no-camera"],
    }
    clis = {"bundled": [str(built / "checkin"), "--version"],
            "unbundled": [str(Path(sys.executable).parent / "checkin"), "--version"]}  # fmt: skip
    times: dict[str, list[float]] = {f"{k} {w}": [] for k in programs for w in ("window", "cli")}
    for command in programs.values():  # one unmeasured start each (disk cache, fonts)
        until_visible(command, env)
    for _ in range(ROUNDS):
        for kind, command in programs.items():
            times[f"{kind} window"].append(until_visible(command, env))
            times[f"{kind} cli"].append(seconds(clis[kind], env))
    return times


def main() -> None:
    if not shutil.which("xdotool"):
        print("bench_bundle: xdotool is missing (apt-get install xdotool); skipped")
        return
    built = bundle()
    total, files = size(built)
    with tempfile.TemporaryDirectory() as folder, display() as x_display:
        times = measure(Path(folder), x_display, built)
    medians = {key: statistics.median(values) for key, values in times.items()}
    result = {
        "bundle_mib": round(total / 2**20, 1), "files": files,
        "parts_mib": {k: round(v / 2**20, 1) for k, v in parts(built).items()},
        **{f"{k}_median_s": round(v, 3) for k, v in medians.items()},
        **{f"{k}_max_s": round(max(times[k]), 3) for k in times},
        "window_ratio": round(medians["bundled window"] / medians["unbundled window"], 2),
        "cli_ratio": round(medians["bundled cli"] / medians["unbundled cli"], 2),
    }  # fmt: skip
    print(json.dumps(result))
    print(f"| bundle ({built.name}) | {result['bundle_mib']} MiB, {files} files | — | — |")
    print(f"| `checkin-desk` start to visible window ({ROUNDS} runs) | bundled median "
          f"{medians['bundled window']:.2f} s | unbundled median "
          f"{medians['unbundled window']:.2f} s | {result['window_ratio']}x |")  # fmt: skip
    print(
        f"| `checkin --version` | bundled median {medians['bundled cli']:.2f} s | "
        f"unbundled median {medians['unbundled cli']:.2f} s | {result['cli_ratio']}x |"
    )


if __name__ == "__main__":
    main()
