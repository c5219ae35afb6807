#!/bin/sh
# Starts Zielbild Studio (no arguments) or its command line (`zielbild assign ...`) on the bundled
# runtime, in place of jpackage's native Linux launcher: that one asks rpm and dpkg which package
# owns it on every start, before Java starts (150-250 ms here; decision 0093). The menu entry and
# /usr/bin/zielbild point at this script.
#
# The class path and the Java options stay written once, by jpackage: this reads the launcher's own
# settings, lib/app/zielbild.cfg (the `zielbild` launcher's; the same main class starts the window
# without arguments and a command with them). If the file holds anything this script does not
# know, or the runtime is missing, it hands over to the native launcher, which knows it all.
# No process per line (builtins only): the point of the script is a fast start.

# Our own folder, through links (/usr/bin/zielbild -> /opt/zielbild-studio/lib/app/zielbild-start.sh).
# A relative path starts with ./ so that cd ignores CDPATH.
self=$0
case $self in /*) ;; *) self=./$self ;; esac
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in /*) self=$link ;; *) self=${self%/*}/$link ;; esac
done
root=$(cd -P "${self%/*}/../.." && pwd) || exit 1
app=$root/lib/app
native=$root/bin/zielbild
java=$root/lib/runtime/bin/java
cfg=$app/zielbild.cfg

if [ ! -x "$java" ] || [ ! -r "$cfg" ]; then
  exec "$native" "$@"
fi

# The launcher's macros ($APPDIR, $BINDIR, $ROOTDIR) in $1, expanded into $value. $BINDIR is the
# native launcher's folder, as if it had read the file.
expand() {
  rest=$1 value=
  while :; do
    case $rest in *'$'*) ;; *) break ;; esac
    value=$value${rest%%'$'*}
    rest=\$${rest#*'$'}
    case $rest in
      '$APPDIR'*) value=$value$app rest=${rest#'$APPDIR'} ;;
      '$BINDIR'*) value=$value$root/bin rest=${rest#'$BINDIR'} ;;
      '$ROOTDIR'*) value=$value$root rest=${rest#'$ROOTDIR'} ;;
      *) value=$value\$ rest=${rest#'$'} ;;
    esac
  done
  value=$value$rest
}

# Appends $1 to $options, single-quoted for the eval below (a ' becomes '\'').
add_option() {
  rest=$1 quoted=
  while :; do
    case $rest in *\'*) ;; *) break ;; esac
    quoted=$quoted${rest%%\'*}\'\\\'\'
    rest=${rest#*\'}
  done
  options="$options '$quoted$rest'"
}

section= main= classpath= options=
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    '') continue ;;
    '['*']') section=$line; continue ;;
  esac
  expand "${line#*=}"
  case "$section ${line%%=*}" in
    '[Application] app.mainclass') main=$value ;;
    '[Application] app.classpath') classpath=${classpath:+$classpath:}$value ;;
    '[JavaOptions] java-options') add_option "$value" ;;
    *) echo "zielbild: $cfg: '$line' is new to this script; starting through the native launcher" >&2
       exec "$native" "$@" ;;
  esac
done < "$cfg"
if [ -z "$main" ] || [ -z "$classpath" ]; then
  exec "$native" "$@"
fi

# What the native launcher adds: its own path (code may find the app's folder from it).
add_option "-Djpackage.app-path=$native"
eval "exec \"\$java\" -classpath \"\$classpath\" $options \"\$main\" \"\$@\""
