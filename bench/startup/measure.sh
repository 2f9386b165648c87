#!/usr/bin/env bash
# Start-up benchmark: how long `./asyncscope` takes to show a usable window (the lessons list and the
# first lesson's text on screen), from the process's start to the first frame that shows them, as the
# app's own probe measures it (StartupProbe: ASYNCSCOPE_STARTUP_PROBE=1 makes it print the figure and quit).
# Cold starts: a fresh JVM each time. Needs an X display ($DISPLAY, e.g. Xvfb :13 -screen 0 1600x1000x24).
#   bench/startup/measure.sh [runs] [--no-cds]       prints each start and the median
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
if [ "${2:-}" = "--no-cds" ]; then export ASYNCSCOPE_NO_CDS=1; fi
: "${DISPLAY:?set DISPLAY to an X server (Xvfb works)}"
if [ -z "${ASYNCSCOPE_NO_CDS:-}" ] && [ ! -f "$here/app/target/asyncscope.jsa" -o "$here/app/target/asyncscope.jar" -nt "$here/app/target/asyncscope.jsa" ]; then
  echo "training start (writes the AppCDS archive, not counted)" >&2
  ASYNCSCOPE_STARTUP_PROBE=1 "$here/asyncscope" > /dev/null
fi
all=()
for i in $(seq 1 "$runs"); do
  ms=$(ASYNCSCOPE_STARTUP_PROBE=1 "$here/asyncscope" 2>/dev/null | sed -n 's/^asyncscope-startup-ms //p')
  echo "start $i: ${ms} ms"
  all+=("$ms")
done
median=$(printf '%s\n' "${all[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median of $runs: ${median} ms  (load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
