#!/usr/bin/env bash
# Finishes the app image jpackage made, for size and startup:
# 1. removes the native libraries of AWT the app never loads, and strips the others' symbol tables (the JDK's
#    libjvm.so alone carries 4 MB of them);
# 2. puts the shell completion (bash, and zsh through bashcompinit) in lib/completion/, for the packages;
# 3. trains the app's class-data-sharing archive: starts the packaged app once in a virtual X server up to
#    its first interactive page, lists the classes it loaded, writes those of the UI stack into a static
#    archive, lib/app/backup-console.jsa, and tells the launcher to map that archive at every start, in place
#    of the JDK's. Before the archive is written, the runtime's modules file is linked again with the classes in
#    the order that run loaded them (jlink --order-resources), so that the first page reads them from a few
#    contiguous pages of the file rather than from pages all over it. Without xvfb-run and GTK 3 this step is
#    skipped with a message: the app then starts with the JDK's archive only.
#   usage: jlink/finish-image.sh IMAGE_DIR BASH_COMPLETION MODULE_PATH LOCALES
#   (MODULE_PATH and LOCALES: jpackage's module path and --include-locales, for linking the modules file again)
set -euo pipefail
usage="usage: finish-image.sh IMAGE_DIR BASH_COMPLETION MODULE_PATH LOCALES"
image=${1:?$usage}
bash_completion=${2:?$usage}
module_path=${3:?$usage}
locales=${4:?$usage}

install -D -m 644 "$bash_completion" "$image/lib/completion/backup-console.bash"
install -D -m 644 "$(dirname "$0")/completion/_backup-console" "$image/lib/completion/_backup-console"

if [ "$(uname -s)" != Linux ]; then
  echo "[finish-image] not on Linux: the image is left as jpackage made it" >&2
  exit 0
fi
# java.desktop's native libraries: javafx.graphics and ControlsFX require the module for its classes, but neither
# they nor the app use AWT, Java2D, Java Sound or the splash screen, so these libraries are never loaded (2.2 MB).
for library in awt awt_headless awt_xawt jawt fontmanager javajpeg jsound lcms mlib_image splashscreen; do
  rm -f "$image/lib/runtime/lib/lib$library.so"
done
if command -v strip >/dev/null; then
  find "$image/lib/runtime/lib" -name "*.so" -exec strip --strip-unneeded {} +
else
  echo "[finish-image] strip not found (Debian: apt-get install binutils): the native libraries keep their symbols" >&2
fi

archive=$image/lib/app/backup-console.jsa
config=$image/lib/app/backup-console.cfg
option='java-options=-XX:SharedArchiveFile=$APPDIR/backup-console.jsa'
base_archive=$image/lib/runtime/lib/server/classes.jsa
rm -f "$archive"
# jlink writes a second base archive for heaps over 32 GB (no compressed oops); a desktop app never runs
# with one, and the file would be 11 MB of the image for nothing.
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"
sed -i "\|^$option\$|d" "$config"
# The app's archive takes the place of the JDK's base archive, which holds JDK classes the app never loads; the
# base archive stays where no app archive can be made.
without_archive() {
  echo "[finish-image] $1: the image keeps the JDK's CDS archive only" >&2
  rm -f "$archive"
  # That archive was written against jpackage's modules file: after the file was linked again, it is written anew.
  if [ "${relinked:-}" = 0 ]; then
    "$image/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off > /dev/null || rm -f "$base_archive"
  fi
  exit 0
}
if ! command -v xvfb-run >/dev/null || ! ldconfig -p | grep libgtk-3.so.0 >/dev/null; then
  without_archive "xvfb-run or GTK 3 not found (Debian: apt-get install xvfb libgtk-3-0)"
fi
# The training run keeps its settings and logs in a folder of its own: it neither reads the settings of whoever
# builds (a remembered live backend would wait for the Connect dialog) nor writes into their folders.
training_home=$(mktemp -d)
trap 'rm -rf "$training_home"' EXIT
loaded=$training_home/loaded.classlist
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$loaded" \
  XDG_STATE_HOME="$training_home/state" XDG_CONFIG_HOME="$training_home/config" XDG_DATA_HOME="$training_home/data" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/backup-console" --exit-when-ready > /dev/null 2>&1 \
  || without_archive "the training run failed"

# The modules file is memory-mapped, and each class read from it brings its pages, and the kernel's pages around
# them, into the process's resident memory: with the first page's classes together at its start that is 9 MiB
# less at the first page (docs/PERFORMANCE.md). The file is linked again from the same modules with the same
# options plus the order, and it replaces jpackage's only if it holds the same entries at the same sizes, so a
# drift between this and the pom's jlink options cannot change what the image contains.
modules_file=$image/lib/runtime/lib/modules
relink_in_load_order() {
  local jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/} relinked=$training_home/relinked
  awk '!/^[#@]/ { print $1 }' "$loaded" > "$training_home/order.classlist"
  "${jdk_bin}jlink" --module-path "$module_path" --output "$relinked" \
    --add-modules "$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$image/lib/runtime/release" | tr ' ' ',')" \
    --include-locales="$locales" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --order-resources="@$training_home/order.classlist" > /dev/null || return 1
  # Entries and sizes; java.lang.invoke's holder and species classes by name only: jlink generates them itself, a
  # few bytes apart from one JVM to another.
  entries() {
    "${jdk_bin}jimage" list --verbose "$1" | awk '/^Module:/ { m = $2 } $1 ~ /^[0-9]+$/ {
      if ($4 ~ /^java\/lang\/invoke\/.*[$](Holder|Species_[A-Z]+)[.]class$/) { $2 = $3 = "-" } print m, $2, $3, $4 }' | sort
  }
  cmp -s <(entries "$modules_file") <(entries "$relinked/lib/modules") || return 2
  cp "$relinked/lib/modules" "$modules_file"
}
relinked=0
relink_in_load_order || relinked=$?
case $relinked in
  0) echo "[finish-image] linked the modules file again with the first page's classes first" ;;
  1) echo "[finish-image] jlink could not link the modules file again: it keeps jpackage's order" >&2 ;;
  *) echo "[finish-image] the modules file linked again differs from jpackage's (are the jlink options in the pom and here the same?): it keeps jpackage's" >&2 ;;
esac
# Of the classes the first page loaded, the archive keeps those of the UI stack (JavaFX, AtlantaFX, ControlsFX,
# Ikonli), with the JDK core classes any archive holds: they are most of the classes and, loaded from the
# modules file, are read and verified one by one. The app's own, Jackson's and picocli's would add 8 MB for
# little (docs/PERFORMANCE.md). The archive gets the room the image's budget leaves: as many of those classes,
# in the order they were loaded, as fit. The JVM of the dump is the launcher's, with its collector, so the
# archive holds no heap objects that collector could not map.
budget=$(( ${IMAGE_BUDGET_MIB:-71} * 1048576 ))
room=$(( budget - $(du -sb "$image" | cut -f1) + $(stat -c %s "$base_archive" 2>/dev/null || echo 0) ))
grep -E '^(javafx|com/sun/(javafx|prism|glass|scenario|marlin|pisces|openpisces)|atlantafx|org/controlsfx|impl/org/controlsfx|org/kordamp)/' \
  "$loaded" > "$training_home/ui.classlist"
# Writes the archive of the first $1 classes of the list and prints its size.
dump() {
  head -n "$1" "$training_home/ui.classlist" > "$training_home/archived.classlist"
  "$image/lib/runtime/bin/java" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$training_home/archived.classlist" \
    -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off --add-modules org.backupconsole > /dev/null \
    && stat -c %s "$archive"
}
all=$(wc -l < "$training_home/ui.classlist")
core=$(dump 0) || without_archive "the CDS archive could not be written"
classes=$all
size=$(dump "$all") || without_archive "the CDS archive could not be written"
while [ "$size" -gt "$room" ]; do
  # The core part is fixed; each class adds about the same. 3 % less, for the variance between classes.
  classes=$(( (room - core) * classes / (size - core) * 97 / 100 ))
  [ "$classes" -gt 0 ] || without_archive "no room for the app's CDS archive within the image's budget"
  size=$(dump "$classes") || without_archive "the CDS archive could not be written"
done
rm -f "$base_archive"
echo "$option" >> "$config"
echo "[finish-image] wrote $archive ($(( size / 1048576 )) MiB: $classes of the $all UI classes the first page loaded)"
