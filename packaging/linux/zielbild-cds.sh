#!/bin/sh
# Makes the class-data archive (AppCDS) that lets Zielbild Studio start fast: the classes its
# first window needs, parsed and verified once, by the bundled runtime, for the files as they are
# installed. The Linux packages run it on installation; lib/app/zielbild.classlist comes from a
# training run of the packaging build. The launchers read lib/app/zielbild.jsa
# (-XX:SharedArchiveFile). A JDK 17 archive is only used with the files it was made for, so it
# cannot be made before installation (docs/decisions/0091-class-data-archive-made-on-installation.md),
# and only with the class path it was made with: so the dump goes through zielbild-start.sh, the way
# the menu entry and `zielbild` start (decision 0093); the native launchers pass the same class path.
# If the archive cannot be made, the runtime's default archive takes its place: as fast as
# without this script, never slower.
APP_DIR=$(cd "$(dirname "$0")/../.." && pwd)
LIST="$APP_DIR/lib/app/zielbild.classlist"
ARCHIVE="$APP_DIR/lib/app/zielbild.jsa"
rm -f "$ARCHIVE"
if [ -f "$LIST" ]; then
  # -Xshare:dump makes the archive named by the launcher's -XX:SharedArchiveFile. A runtime of JDK 24
  # or newer also links the classes ahead (-XX:+AOTClassLinking, JEP 483; JDK 17 ignores the option)
  # and then runs the main class: the argument makes that a command that ends at once, not the window.
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$LIST -XX:+IgnoreUnrecognizedVMOptions -XX:+AOTClassLinking" \
    timeout 300 "$APP_DIR/lib/app/zielbild-start.sh" --help >/dev/null 2>&1 || true
fi
if [ ! -s "$ARCHIVE" ]; then
  rm -f "$ARCHIVE"
  cp "$APP_DIR/lib/runtime/lib/server/classes.jsa" "$ARCHIVE"
fi
chmod 644 "$ARCHIVE"
