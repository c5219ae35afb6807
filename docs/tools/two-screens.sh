#!/bin/sh
# Starts an X server with two 1920x1080 screens side by side (laptop left, beamer right) on display
# :N, to look at the projector window and take screenshots.
#
#   docs/tools/two-screens.sh 92 && DISPLAY=:92 java ... org.zielbild.Launcher
#   DISPLAY=:92 xrandr --output DUMMY1 --off            # unplug the beamer
#   DISPLAY=:92 xrandr --output DUMMY1 --mode 1920x1080 --pos 1920x0   # plug it in again
#
# Why not Xvfb: `Xvfb +xinerama -screen 0 ... -screen 1 ...` gives JavaFX (GTK) one screen only, and
# Xvfb ignores `xrandr --setmonitor`. Xorg's dummy driver has several RandR outputs, which GTK and
# therefore javafx.stage.Screen see as separate screens.
# Needs: apt-get install xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils
set -e
N=${1:?display number}
DIR=$(mktemp -d)
Xorg :"$N" -noreset -nolisten tcp -config "$(dirname "$0")/two-screens-xorg.conf" -logfile "$DIR/Xorg.log" \
    -novtswitch -sharevts >"$DIR/out.log" 2>&1 &
echo "Xorg :$N pid $! (log in $DIR)"
sleep 3
export DISPLAY=:"$N"
xrandr --addmode DUMMY1 1920x1080 2>/dev/null || true
xrandr --output DUMMY0 --mode 1920x1080 --pos 0x0 --primary --output DUMMY1 --mode 1920x1080 --pos 1920x0
xrandr --listmonitors
