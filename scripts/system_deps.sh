#!/usr/bin/env bash
# system_deps.sh - the system parts the tests need: Qt's X11/EGL/fontconfig libraries, a real CUPS
# queue that prints to PDF (cups-pdf), poppler's pdftotext/pdfinfo, Xvfb and a PulseAudio null sink.
#
#   bash scripts/system_deps.sh          # install what is missing (root on Debian only), start services
#   source "$STATE/env.sh"               # DISPLAY, PULSE_SERVER, CHECKIN_PDF_DIR, CHECKIN_PRINT_QUEUE
#   bash scripts/system_deps.sh --stop   # stop the services this script started (by their PIDs)
#   bash scripts/system_deps.sh --window # only what the window needs (make run); no services
#
# STATE is ${CHECKIN_CI_STATE:-${TMPDIR:-/tmp}/checkin-ci}. Not root, or not Debian: the script
# names the packages that are missing and exits 0; the tests that need them skip and say why.
# Every service is started with setsid and all three streams redirected, so nothing holds the
# caller's pipes open, and its PID goes to $STATE/<name>.pid for --stop.
set -euo pipefail

STATE=${CHECKIN_CI_STATE:-${TMPDIR:-/tmp}/checkin-ci}
DISPLAY_NUM=${CHECKIN_CI_DISPLAY:-99}
QUEUE=${CHECKIN_CI_QUEUE:-BadgePDF}
SERVICES=(xvfb cupsd pulse)

say() { echo "[system_deps] $*" >&2; }

stop_services() {
  local svc pid
  for svc in "${SERVICES[@]}"; do
    [[ -f "$STATE/$svc.pid" ]] || continue
    pid=$(cat "$STATE/$svc.pid")
    if kill "$pid" 2>/dev/null; then say "stopped $svc ($pid)"; fi
    rm -f "$STATE/$svc.pid"
  done
  rm -f "$STATE/env.sh"
}

if [[ "${1:-}" == "--stop" ]]; then
  stop_services
  bash "$(dirname "$0")/postgres.sh" --stop || true  # the hub's PostgreSQL
  exit 0
fi

WINDOW_PKGS=(
  # Qt's xcb platform plugin, EGL/GL and fontconfig (the set DESKTOP.md measured): without
  # libxcb-cursor0 and friends Qt aborts before the window opens
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
)
APT_PKGS=(
  "${WINDOW_PKGS[@]}"
  # a real print queue: Qt's print support needs libcups2; cups-pdf turns jobs into PDF files
  libcups2 cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils
  # a display for tests that need a real window
  xvfb xauth
  # sound: QSoundEffect needs a PulseAudio server; a null sink stands in for speakers
  libpulse0 pulseaudio pulseaudio-utils
)

is_debian() { [[ -f /etc/debian_version ]] && command -v dpkg-query >/dev/null 2>&1; }

missing_packages() {  # missing_packages PKG... (default: all of APT_PKGS)
  local pkg
  (($#)) || set -- "${APT_PKGS[@]}"
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

missing_commands() {
  local cmd
  for cmd in cupsd lpadmin lpstat lp pdftotext pdfinfo Xvfb pulseaudio pactl; do
    command -v "$cmd" >/dev/null 2>&1 || [[ -x "/usr/sbin/$cmd" ]] || echo "$cmd"
  done
}

install_packages() {
  local missing
  if ! is_debian; then
    missing=$(missing_commands | tr '\n' ' ')
    if [[ -n "$missing" ]]; then
      say "not Debian: cannot install; missing commands: $missing"
      say "install the equivalents of: ${APT_PKGS[*]}"
    fi
    return 0
  fi
  missing=$(missing_packages | tr '\n' ' ')
  if [[ -z "$missing" ]]; then
    say "apt: all ${#APT_PKGS[@]} packages present"
    return 0
  fi
  if [[ $(id -u) -ne 0 ]]; then
    say "not root: cannot install; missing Debian packages: $missing"
    say "as root: apt-get install --no-install-recommends $missing"
    return 0
  fi
  say "apt: installing $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$STATE/apt.log" 2>&1 || { tail -20 "$STATE/apt.log"; exit 1; }
  # shellcheck disable=SC2086  # the list is one word per package
  apt-get install -y -qq --no-install-recommends $missing >>"$STATE/apt.log" 2>&1 \
    || { tail -30 "$STATE/apt.log"; exit 1; }
}

install_window() {  # what `make run` needs; exits 1 naming what is missing when it cannot help
  local missing
  if ! is_debian; then
    say "not Debian: the window needs Qt's xcb libraries; on Debian they are: ${WINDOW_PKGS[*]}"
    return 0
  fi
  missing=$(missing_packages "${WINDOW_PKGS[@]}" | tr '\n' ' ')
  [[ -n "${missing// }" ]] || return 0
  if [[ $(id -u) -ne 0 ]]; then
    say "the window needs these Debian packages, which are missing: $missing"
    say "install them as root with: apt-get install --no-install-recommends $missing"
    return 1
  fi
  say "apt: installing what the window needs: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$STATE/apt.log" 2>&1 || { tail -20 "$STATE/apt.log"; return 1; }
  # shellcheck disable=SC2086  # the list is one word per package
  apt-get install -y -qq --no-install-recommends $missing >>"$STATE/apt.log" 2>&1 \
    || { tail -30 "$STATE/apt.log"; return 1; }
}

if [[ "${1:-}" == "--window" ]]; then
  mkdir -p "$STATE"
  install_window
  exit $?
fi

alive() { [[ -f "$STATE/$1.pid" ]] && kill -0 "$(cat "$STATE/$1.pid")" 2>/dev/null; }

wait_for() {  # wait_for DESCRIPTION COMMAND... : up to 5 s
  local what=$1 i
  shift
  for i in $(seq 1 50); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  say "$what did not come up"
  return 1
}

start_xvfb() {
  command -v Xvfb >/dev/null 2>&1 || return 1
  local lock="/tmp/.X$DISPLAY_NUM-lock"
  if [[ -f "$lock" ]] && ! kill -0 "$(tr -d ' ' <"$lock")" 2>/dev/null; then
    rm -f "$lock" "/tmp/.X11-unix/X$DISPLAY_NUM"  # left by an X server that died
  fi
  if ! alive xvfb && [[ ! -e "/tmp/.X11-unix/X$DISPLAY_NUM" ]]; then
    setsid Xvfb ":$DISPLAY_NUM" -screen 0 1366x768x24 -nolisten tcp \
      >"$STATE/xvfb.log" 2>&1 </dev/null &
    echo $! >"$STATE/xvfb.pid"
  fi
  wait_for "Xvfb :$DISPLAY_NUM" test -e "/tmp/.X11-unix/X$DISPLAY_NUM"
}

start_cups() {
  [[ -x /usr/sbin/cupsd ]] && command -v lpstat >/dev/null 2>&1 || return 1
  if [[ $(id -u) -eq 0 && -f /etc/cups/cups-pdf.conf ]]; then
    # cups-pdf writes to ~/PDF by default; the tests read its output from $STATE/pdf
    grep -qx "Out $STATE/pdf" /etc/cups/cups-pdf.conf \
      || sed -i "s|^#\?Out .*|Out $STATE/pdf|" /etc/cups/cups-pdf.conf
  fi
  if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    [[ $(id -u) -eq 0 ]] || { say "not root: cannot start cupsd"; return 1; }
    setsid /usr/sbin/cupsd -f >"$STATE/cupsd.log" 2>&1 </dev/null &
    echo $! >"$STATE/cupsd.pid"
    wait_for "cupsd" sh -c 'lpstat -r | grep -q "is running"' || return 1
  fi
  if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    lpadmin -p "$QUEUE" -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
      -D "Badge PDF (cups-pdf)" || return 1
  fi
  lpstat -d 2>/dev/null | grep -q "destination: " || lpadmin -d "$QUEUE" || true
}

start_pulse() {
  command -v pulseaudio >/dev/null 2>&1 || return 1
  if ! alive pulse; then
    rm -f "$STATE/pulse/native"
    setsid pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --use-pid-file=no \
      --load="module-native-protocol-unix socket=$STATE/pulse/native auth-anonymous=1" \
      --load="module-null-sink sink_name=nullsink" --load="module-always-sink" \
      >"$STATE/pulse.log" 2>&1 </dev/null &
    echo $! >"$STATE/pulse.pid"
  fi
  wait_for "PulseAudio" env PULSE_SERVER="unix:$STATE/pulse/native" pactl info
}

mkdir -p "$STATE" "$STATE/pdf" "$STATE/pulse"
chmod 1777 "$STATE/pdf"
install_packages
{
  echo "# written by scripts/system_deps.sh; source it before the tests"
  if start_xvfb; then echo "export DISPLAY=:$DISPLAY_NUM"; fi
  if start_pulse; then echo "export PULSE_SERVER=unix:$STATE/pulse/native"; fi
  if start_cups; then
    echo "export CHECKIN_PDF_DIR=$STATE/pdf"
    echo "export CHECKIN_PRINT_QUEUE=$QUEUE"
  fi
  if bash "$(dirname "$0")/postgres.sh" >&2; then cat "$STATE/postgres.env" 2>/dev/null || true; fi
} >"$STATE/env.sh.new"
mv "$STATE/env.sh.new" "$STATE/env.sh"
say "services: $(grep -c '^export' "$STATE/env.sh") settings in $STATE/env.sh"
