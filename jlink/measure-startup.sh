#!/usr/bin/env bash
# Times launch -> first interactive Backup Recovery page (the page showing its backups) for the packaged app
# and for ./mvnw javafx:run, against an empty JavaFX window, in a real X server (Xvfb), and writes the
# figures into docs/PERFORMANCE.md. Needs: Debian's xvfb and libgtk-3-0, and a build with -Pdist first.
#   usage: jlink/measure-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
image=target/dist/backup-console
[ -x "$image/bin/backup-console" ] || { echo "no app image: run ./mvnw -Pdist package first" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install xvfb libgtk-3-0" >&2; exit 1; }

export DISPLAY=:77
Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1

fx=$(find ~/.m2/repository/org/openjfx -name "javafx-*-21.0.12-linux.jar" | tr '\n' ':')

# Milliseconds from launch to the "ready at EPOCH_MS" line the program prints, median of $runs runs.
median_ms() {
  local samples=()
  for _ in $(seq "$runs"); do
    local t0 ready
    t0=$(date +%s%3N)
    ready=$("$@" 2>/dev/null | sed -n 's/^ready at \([0-9]*\)$/\1/p' | head -1)
    [ -n "$ready" ] || { echo "no ready line from: $*" >&2; exit 1; }
    samples+=($((ready - t0)))
  done
  printf '%s\n' "${samples[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

empty=$(median_ms java --module-path "$fx" --add-modules javafx.controls -cp target/test-classes org.backupconsole.bench.EmptyWindow)
packaged=$(median_ms "$image/bin/backup-console" --backend sim --exit-when-ready)
cfg="$image/lib/app/backup-console.cfg"
archive="$image/lib/app/backup-console.jsa"
nocds=""
if grep -q SharedArchiveFile "$cfg"; then
  cp "$cfg" "$cfg.measured"
  trap 'mv "$cfg.measured" "$cfg"; kill $xvfb' EXIT
  sed -i '/SharedArchiveFile/d' "$cfg"
  nocds=$(median_ms "$image/bin/backup-console" --backend sim --exit-when-ready)
  mv "$cfg.measured" "$cfg"
  trap 'kill $xvfb' EXIT
fi
mvnrun=$(median_ms ./mvnw -q -o javafx:run "-Dapp.args=--backend sim --exit-when-ready")
size=$(du -sm "$image" | cut -f1)
deb=$(ls target/dist/*.deb 2>/dev/null | head -1 || true)

section=$(cat <<MD
## Startup and image size

Launch to the first interactive Backup Recovery page (the page showing the selected cluster's backups),
median of $runs runs under Xvfb, measured by \`jlink/measure-startup.sh\`. $(nproc) cores, $(java -version 2>&1 | head -1).

| what | ms | × empty window |
| --- | ---: | ---: |
| empty JavaFX window (baseline, JDK + JavaFX jars) | $empty | 1.0 |
| packaged app (\`bin/backup-console\`) | $packaged | $(awk "BEGIN{printf \"%.1f\", $packaged/$empty}") |
$( [ -n "$nocds" ] && echo "| packaged app without its AppCDS archive | $nocds | $(awk "BEGIN{printf \"%.1f\", $nocds/$empty}") |")
| \`./mvnw javafx:run\` (Maven included) | $mvnrun | $(awk "BEGIN{printf \"%.1f\", $mvnrun/$empty}") |

App image (\`target/dist/backup-console\`): $size MB on disk$( [ -f "$archive" ] && echo ", of which the AppCDS archive (class data of the app and its libraries, trained at build time) takes $(( $(stat -c %s "$archive") / 1000000 )) MB"  ).$( [ -n "$deb" ] && echo " The \`.deb\`: $(( $(stat -c %s "$deb") / 1000000 )) MB.")
MD
)
echo "$section"

report=docs/PERFORMANCE.md
[ -f "$report" ] || printf '# Performance\n\nFigures written by the benchmarks (`./mvnw -Pbench verify`) and `jlink/measure-startup.sh`.\n' > "$report"
awk -v section="$section" '
  /<!-- bench:startup -->/ { print "<!-- bench:startup -->"; print section; skip = 1; done = 1; next }
  /<!-- \/bench:startup -->/ { skip = 0 }
  !skip { print }
  END { if (!done) { print ""; print "<!-- bench:startup -->"; print section; print "<!-- /bench:startup -->" } }
' "$report" > "$report.tmp" && mv "$report.tmp" "$report"
