# Sourced by the HTTP scripts (http-load.sh, http-compare.sh): wrk is never installed quietly.
# need_wrk yes|no: returns when wrk is installed; otherwise says which Debian package it needs and
# stops, or, given yes (the script's --install-wrk), installs it with apt-get showing apt's output.
need_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  echo "wrk (the HTTP load generator) is not installed. This test needs the Debian package 'wrk'"
  echo "(https://packages.debian.org/wrk), installed with: apt-get update && apt-get install wrk"
  if [ "$1" != yes ]; then
    echo "Install it yourself, or run again with --install-wrk to have this script install it." >&2
    exit 2
  fi
  echo "Installing the Debian package 'wrk' now (--install-wrk):"
  apt-get update
  apt-get install -y wrk
  echo "Installed: $(dpkg-query -W -f='${Package} ${Version}' wrk)"
}
