#!/usr/bin/env bash
# Finishes the app image jpackage made, for size and startup:
# 1. strips the native libraries' symbol tables (the JDK's libjvm.so alone carries 4 MB of them);
# 2. puts the shell completion (bash, and zsh through bashcompinit) in lib/completion/, for the packages;
# 3. trains the app's class-data-sharing archive: starts the packaged app once in a virtual X server up to
#    its first interactive page, keeps the classes it loaded in lib/app/backup-console.jsa, and tells the
#    launcher to map that archive at every start. Without xvfb-run and GTK 3 this step is skipped with a
#    message: the app then simply starts without the archive.
#   usage: jlink/finish-image.sh IMAGE_DIR BASH_COMPLETION
set -euo pipefail
image=${1:?usage: finish-image.sh IMAGE_DIR BASH_COMPLETION}
bash_completion=${2:?usage: finish-image.sh IMAGE_DIR BASH_COMPLETION}

install -D -m 644 "$bash_completion" "$image/lib/completion/backup-console.bash"
install -D -m 644 "$(dirname "$0")/completion/_backup-console" "$image/lib/completion/_backup-console"

if [ "$(uname -s)" != Linux ]; then
  echo "[finish-image] not on Linux: the image is left as jpackage made it" >&2
  exit 0
fi
if command -v strip >/dev/null; then
  find "$image/lib/runtime/lib" -name "*.so" -exec strip --strip-unneeded {} +
else
  echo "[finish-image] strip not found (Debian: apt-get install binutils): the native libraries keep their symbols" >&2
fi

archive=$image/lib/app/backup-console.jsa
config=$image/lib/app/backup-console.cfg
option='java-options=-XX:SharedArchiveFile=$APPDIR/backup-console.jsa'
rm -f "$archive"
# jlink writes a second base archive for heaps over 32 GB (no compressed oops); a desktop app never runs
# with one, and the file would be 11 MB of the image for nothing.
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"
sed -i "\|^$option\$|d" "$config"
if ! command -v xvfb-run >/dev/null || ! ldconfig -p | grep libgtk-3.so.0 >/dev/null; then
  echo "[finish-image] xvfb-run or GTK 3 not found (Debian: apt-get install xvfb libgtk-3-0): the image has no CDS archive" >&2
  exit 0
fi
# The training run keeps its settings and logs in a folder of its own: it neither reads the settings of whoever
# builds (a remembered live backend would wait for the Connect dialog) nor writes into their folders.
training_home=$(mktemp -d)
trap 'rm -rf "$training_home"' EXIT
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off" \
  XDG_STATE_HOME="$training_home/state" XDG_CONFIG_HOME="$training_home/config" XDG_DATA_HOME="$training_home/data" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/backup-console" --exit-when-ready > /dev/null 2>&1 \
  || { echo "[finish-image] the training run failed: the image has no CDS archive" >&2; rm -f "$archive"; exit 0; }
echo "$option" >> "$config"
echo "[finish-image] wrote $archive ($(du -m "$archive" | cut -f1) MB)"
