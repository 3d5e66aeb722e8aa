#!/usr/bin/env bash
# Times launch -> first interactive Backup Recovery page (the page showing its backups) for the packaged app,
# with and without its AppCDS archive, against an empty JavaFX window and that window themed with a table, in a
# real X server (Xvfb); reads the resident memory each has at that moment and what the image is made of; and
# writes the figures into docs/PERFORMANCE.md. The programs take turns, run after run, so that a load on the
# machine weighs on each alike.
# Needs: Debian's xvfb and libgtk-3-0, and a build with -Pdist first (./mvnw -Pdist -DskipTests verify).
#   usage: jlink/measure-startup.sh [runs] [--with-maven]   (--with-maven adds ./mvnw javafx:run, 8 s a run)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
with_maven=${2:-}
image=target/dist/backup-console
[ -x "$image/bin/backup-console" ] || { echo "no app image: run ./mvnw -Pdist -DskipTests verify first" >&2; exit 1; }
[ -f target/test-classes/org/backupconsole/bench/EmptyWindow.class ] || { echo "no test classes: build first" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install xvfb libgtk-3-0" >&2; exit 1; }

export DISPLAY=:${MEASURE_DISPLAY:-77}
Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
cfg="$image/lib/app/backup-console.cfg"
cleanup() {
  [ -f "$cfg.measured" ] && mv "$cfg.measured" "$cfg"
  kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
sleep 1
# The app's settings and logs of these runs go to a folder of their own, not to whoever measures.
home=$(mktemp -d)
export XDG_STATE_HOME=$home/state XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data

fx=$(find ~/.m2/repository/org/openjfx -name "javafx-*-21.0.12-linux.jar" | tr '\n' ':')
archive="$image/lib/app/backup-console.jsa"
has_archive=$(grep -q SharedArchiveFile "$cfg" && echo yes || true)

# One run: "MS KIB KIB", the milliseconds from launch to the "ready at EPOCH_MS" line, the resident memory then
# and a second later, once the first frames are drawn.
run_once() {
  local t0 out ready rss settled
  t0=$(date +%s%3N)
  out=$("$@" 2>/dev/null)
  ready=$(sed -n 's/^ready at \([0-9]*\)$/\1/p' <<<"$out" | head -1)
  rss=$(sed -n 's/^resident at ready \([0-9]*\) KiB$/\1/p' <<<"$out" | head -1)
  settled=$(sed -n 's/^resident a second after ready \([0-9]*\) KiB$/\1/p' <<<"$out" | head -1)
  [ -n "$ready" ] || { echo "no ready line from: $*" >&2; exit 1; }
  echo "$((ready - t0)) ${rss:-0} ${settled:-0}"
}
atlantafx=$(find ~/.m2/repository/io/github/mkpaz/atlantafx-base -name "atlantafx-base-*.jar" | sort | tail -1)
empty_window() { java --module-path "$fx" --add-modules javafx.controls -cp target/test-classes org.backupconsole.bench.EmptyWindow; }
# The app's launcher options, its archive aside: the themed window runs on the JVM as the app is tuned.
launcher_options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e jpackage | tr '\n' ' ')
themed_table() {
  # shellcheck disable=SC2086  # one word per option
  java $launcher_options --module-path "$fx" --add-modules javafx.controls -cp "target/test-classes:$atlantafx" \
    org.backupconsole.bench.ThemedTableWindow
}
packaged() { "$image/bin/backup-console" --backend sim --exit-when-ready; }
without_archive() {
  cp "$cfg" "$cfg.measured"
  sed -i '/SharedArchiveFile/d' "$cfg"
  packaged
  mv "$cfg.measured" "$cfg"
}
mvn_run() { ./mvnw -q -o javafx:run "-Dapp.args=--backend sim --exit-when-ready"; }

kinds=(empty_window themed_table packaged)
[ -n "$has_archive" ] && kinds+=(without_archive)
[ "$with_maven" = --with-maven ] && kinds+=(mvn_run)
declare -A ms kib later
for kind in "${kinds[@]}"; do "$kind" >/dev/null 2>&1 || true; done  # one run each not counted: the disk cache
for i in $(seq "$runs"); do
  for kind in "${kinds[@]}"; do
    read -r t r s < <(run_once "$kind")
    ms[$kind]+="$t "
    kib[$kind]+="$r "
    later[$kind]+="$s "
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
mib() { awk "BEGIN{printf \"%.0f\", $1/1024}"; }
empty_ms=$(median "${ms[empty_window]}")
empty_kib=$(median "${kib[empty_window]}")
empty_later=$(median "${later[empty_window]}")
row() {
  local what=$1 kind=$2 t r s
  t=$(median "${ms[$kind]}")
  r=$(median "${kib[$kind]}")
  s=$(median "${later[$kind]}")
  echo "| $what | $t | $(ratio "$t" "$empty_ms") | $(mib "$r") | $(ratio "$r" "$empty_kib") | $(mib "$s") | $(ratio "$s" "$empty_later") |"
}

rows=$(row "empty JavaFX window (baseline, JDK + JavaFX jars)" empty_window)
rows+=$'\n'$(row "that window with AtlantaFX Primer and a table of 30 rows by 6 columns, on the launcher's JVM options (no app code)" themed_table)
rows+=$'\n'$(row "packaged app (\`bin/backup-console\`)" packaged)
[ -n "$has_archive" ] && rows+=$'\n'$(row "packaged app without its AppCDS archive" without_archive)
[ "$with_maven" = --with-maven ] && rows+=$'\n'$(row "\`./mvnw javafx:run\` (Maven included)" mvn_run)

# MiB, as the image test counts; a part the image lacks is 0.
size_mib() { { du -sb "$@" 2>/dev/null || true; } | awk '{s += $1} END {printf "%.1f", s / 1048576}'; }
runtime=$image/lib/runtime
total=$(size_mib "$image")
total_mb=$(du -sb "$image" | awk '{printf "%.1f", $1 / 1000000}')
modules=$(size_mib "$runtime/lib/modules")
jvm=$(size_mib "$runtime/lib/server/libjvm.so")
base_cds=$(size_mib "$runtime/lib/server/classes.jsa")
app_cds=$(size_mib "$archive")
natives=$(find "$runtime/lib" -name "*.so" ! -name libjvm.so -print0 | du -cb --files0-from=- | tail -1 | awk '{printf "%.1f", $1 / 1048576}')
rest=$(awk "BEGIN{printf \"%.1f\", $total - $modules - $jvm - $base_cds - $app_cds - $natives}")
module_count=$("$runtime/bin/java" --list-modules | wc -l)
load=$(cut -d' ' -f1-3 /proc/loadavg)

section=$(cat <<MD
## Startup, memory and image size

Launch to the first interactive Backup Recovery page (the page showing the selected cluster's backups) on the
demo organization, and the resident memory (VmRSS) at that moment and a second later, once the first frames are
drawn (the window's back buffer and what the renderer caches are resident only then), median of $runs runs of
each under Xvfb, the programs taking turns, all in a window of the app's size; measured by
\`jlink/measure-startup.sh\`. $(nproc) cores, load average $load at the end, $(java -version 2>&1 | head -1).

| what | ms | × empty window | resident MiB | × empty window | a second later, MiB | × empty window |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
$rows

App image (\`target/dist/backup-console\`, $module_count modules): $total MiB ($total_mb MB) on disk, of which

| part | MiB |
| --- | ---: |
| the linked modules (\`lib/runtime/lib/modules\`, compressed) | $modules |
| the JVM (\`libjvm.so\`) | $jvm |
| the JDK's CDS archive (\`classes.jsa\`) | $base_cds |
| the app's AppCDS archive (\`backup-console.jsa\`, trained at build time) | $app_cds |
| other native libraries | $natives |
| the rest (launcher, configuration, legal notices, shell completion) | $rest |
MD
)
echo "$section"

report=docs/PERFORMANCE.md
awk -v section="$section" '
  /<!-- bench:startup -->/ { print "<!-- bench:startup -->"; print section; skip = 1; done = 1; next }
  /<!-- \/bench:startup -->/ { skip = 0 }
  !skip { print }
  END { if (!done) { print ""; print "<!-- bench:startup -->"; print section; print "<!-- /bench:startup -->" } }
' "$report" > "$report.tmp" && mv "$report.tmp" "$report"
rm -rf "$home"
