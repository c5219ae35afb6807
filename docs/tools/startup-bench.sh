#!/usr/bin/env bash
# Start-up benchmark: JVM start to first visible window, the app against a bare JavaFX window, and
# against a window with the start screen's standard JavaFX controls and no app code (BareWindow
# --controls): what those controls cost JavaFX by themselves, so app/controls is the app's own share.
#
#   docs/tools/startup-bench.sh [runs]          # default 9 runs of each, alternating
#   APP="/opt/zielbild-studio/bin/Zielbild Studio" docs/tools/startup-bench.sh 9   # an installed app
#
# Needs `./mvnw -DskipTests package` first (target/zielbild-studio.jar and target/lib). Uses
# $DISPLAY, or starts its own Xvfb on :$BENCH_DISPLAY (default 77). Both programs print
# "zielbild-startup first-frame <epoch ms>" once the renderer has drawn their first frame
# (-Dzielbild.startupProbe; the app also prints "sessions-listed" when the frame with the start
# screen's list is drawn; decision 0090); the time counts from just before the JVM is started. The bare window runs on the same JavaFX jars (target/lib) and the same
# java. Figures go to target/bench/startup.txt (override with OUT=...).
#
# Environment: JAVA (default: java on the PATH), APP_JAR (the jar for `java -jar`, default
# target/zielbild-studio.jar, e.g. an older build to compare), APP (a launcher to run instead of `java -jar`; it
# gets -Dzielbild.startupProbe through JAVA_TOOL_OPTIONS), JAVA_OPTS (extra options for both
# programs, e.g. -Xshare:off), ZB_HOME (app data; default a seeded folder under target/startup-bench).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-9}
JAVA=${JAVA:-java}
OUT=${OUT:-target/bench/startup.txt}
WORK=target/startup-bench
ZB_HOME=${ZB_HOME:-$WORK/home}
read -r -a EXTRA <<< "${JAVA_OPTS:-}"

APP_JAR=${APP_JAR:-target/zielbild-studio.jar}
[ -f "$APP_JAR" ] || { echo "run ./mvnw -DskipTests package first" >&2; exit 1; }
mkdir -p "$WORK/bare" "$(dirname "$OUT")"

# --- the bare window, compiled against the app's JavaFX jars ---
FX_CP=$(ls target/lib/javafx-*.jar | tr '\n' ':')
"${JAVAC:-javac}" -d "$WORK/bare" -cp "$FX_CP" docs/tools/startup-bench/BareWindow.java

# --- app data: eight sessions with history (the store's sample), so listing them is real work ---
if [ ! -d "$ZB_HOME/sessions" ]; then
  for i in 1 2 3 4 5 6 7 8; do
    mkdir -p "$ZB_HOME/sessions/workshop-$i"
    cp src/test/resources/store/samples/v1/session/session.json src/test/resources/store/samples/v1/session/journal.jsonl \
      "$ZB_HOME/sessions/workshop-$i/"
  done
fi

# --- a display ---
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=":${BENCH_DISPLAY:-77}"
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  trap 'kill $XVFB_PID' EXIT
  sleep 1
fi

PROBE=-Dzielbild.startupProbe=bench
HOME_OPT="-Dzielbild.home=$(realpath "$ZB_HOME")"
now_ms() { local t=${EPOCHREALTIME/./}; echo $(( t / 1000 )); }

# One run: prints "<first frame> <JavaFX start> <list drawn after first frame, or -> <CPU> <JavaFX thread CPU>" (ms).
run_once() {
  local kind=$1 first='' fxstart='' listed='' cpu='' fxcpu='' line start pid words
  start=$(now_ms)
  if [ "$kind" = bare ] || [ "$kind" = controls ]; then
    local arg=''; [ "$kind" = controls ] && arg=--controls
    exec 3< <(exec "$JAVA" "${EXTRA[@]}" $PROBE -cp "$WORK/bare:$FX_CP" BareWindow $arg 2>/dev/null)
  elif [ -n "${APP:-}" ]; then
    exec 3< <(JAVA_TOOL_OPTIONS="$PROBE $HOME_OPT ${JAVA_OPTS:-}" exec "$APP" 2>/dev/null)
  else
    exec 3< <(exec "$JAVA" "${EXTRA[@]}" $PROBE "$HOME_OPT" -jar "$APP_JAR" 2>/dev/null)
  fi
  pid=$!
  while IFS= read -r -t 60 line <&3; do
    read -r -a words <<< "$line"
    case $line in
      "zielbild-startup first-frame "*) first=$(( words[2] - start )) cpu=${words[4]} fxcpu=${words[6]} ;;
      "zielbild-startup fx-start "*) fxstart=$(( words[2] - start )) ;;
      "zielbild-startup sessions-listed "*) listed=$(( words[2] - start )) ;;
    esac
    if [ -n "$first" ] && { [ "$kind" != app ] || [ -n "$listed" ]; }; then break; fi
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  exec 3<&-
  [ -n "$first" ] || { echo "no first frame from $kind" >&2; exit 1; }
  if [ -n "$listed" ]; then echo "$first $fxstart $(( listed - first )) $cpu $fxcpu"; else echo "$first $fxstart - $cpu $fxcpu"; fi
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
spread() { sort -n | awk '{a[NR]=$1} END {printf "min %d, max %d", a[1], a[NR]}'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# A warm-up of each fills the file cache; it is not counted.
run_once bare >/dev/null
run_once app >/dev/null

BARE=() APPT=() LIST=() BARE_OWN=() APP_OWN=() BARE_FX=() APP_FX=() BARE_CPU=() APP_CPU=() BARE_FXCPU=() APP_FXCPU=()
CTRL=() CTRL_CPU=()
for i in $(seq 1 "$RUNS"); do
  # Rotate which goes first, so a drift in the machine's load hits all alike.
  case $(( i % 3 )) in 1) order="bare app controls" ;; 2) order="app controls bare" ;; *) order="controls bare app" ;; esac
  for kind in $order; do
    read -r ms fx listed cpu fxcpu < <(run_once "$kind")
    if [ "$kind" = controls ]; then
      CTRL+=("$ms") CTRL_CPU+=("$cpu")
    elif [ "$kind" = bare ]; then
      BARE+=("$ms") BARE_FX+=("$fx") BARE_OWN+=("$(( ms - fx ))") BARE_CPU+=("$cpu") BARE_FXCPU+=("$fxcpu")
    else
      APPT+=("$ms") APP_FX+=("$fx") APP_OWN+=("$(( ms - fx ))") LIST+=("$listed") APP_CPU+=("$cpu") APP_FXCPU+=("$fxcpu")
    fi
    if [ "$listed" = - ]; then listed=''; fi
    echo "run $i $kind: first frame ${ms} ms (JavaFX start ${fx} ms, CPU ${cpu} ms, JavaFX thread ${fxcpu} ms)${listed:+, sessions list drawn +$listed ms}" >&2
    sleep 0.5
  done
done

bare_med=$(printf '%s\n' "${BARE[@]}" | median)
ctrl_med=$(printf '%s\n' "${CTRL[@]}" | median)
app_med=$(printf '%s\n' "${APPT[@]}" | median)
list_vals=$(printf '%s\n' "${LIST[@]}" | grep -v -- - || true)
{
  echo "startup benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ), $RUNS runs each, alternating, DISPLAY=$DISPLAY"
  echo "java: $("$JAVA" -version 2>&1 | head -1); app: ${APP:-java -jar $APP_JAR} ${JAVA_OPTS:-}"
  echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores; a load near or above that means other work ran alongside and the figures spread)"
  echo "bare window, first frame: median ${bare_med} ms ($(printf '%s\n' "${BARE[@]}" | spread)) runs: ${BARE[*]}"
  echo "window with the start screen's controls, no app code, first frame: median ${ctrl_med} ms ($(printf '%s\n' "${CTRL[@]}" | spread)) runs: ${CTRL[*]}"
  echo "app start screen, first frame: median ${app_med} ms ($(printf '%s\n' "${APPT[@]}" | spread)) runs: ${APPT[*]}"
  echo "JavaFX start (JVM and toolkit up, start() called): median bare $(printf '%s\n' "${BARE_FX[@]}" | median) ms, app $(printf '%s\n' "${APP_FX[@]}" | median) ms"
  echo "CPU time to first frame (all threads; the work, whatever the load): median bare $(printf '%s\n' "${BARE_CPU[@]}" | median) ms, controls $(printf '%s\n' "${CTRL_CPU[@]}" | median) ms, app $(printf '%s\n' "${APP_CPU[@]}" | median) ms"
  echo "CPU time of the JavaFX thread to first frame: median bare $(printf '%s\n' "${BARE_FXCPU[@]}" | median) ms, app $(printf '%s\n' "${APP_FXCPU[@]}" | median) ms"
  echo "start() to first frame: median bare $(printf '%s\n' "${BARE_OWN[@]}" | median) ms, app $(printf '%s\n' "${APP_OWN[@]}" | median) ms"
  if [ -n "$list_vals" ]; then
    echo "app sessions list drawn after first frame: median $(echo "$list_vals" | median) ms ($(echo "$list_vals" | spread)) runs: ${LIST[*]}"
  fi
  awk -v a="$app_med" -v b="$bare_med" -v c="$ctrl_med" 'BEGIN {printf "ratio app/bare: %.2f; controls/bare: %.2f; app/controls: %.2f\n", a / b, c / b, a / c}'
} | tee "$OUT"
