# Shared by the scripts in tests/bench: tools, a Release build, and starting the site.
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work" "$PWD/wwwroot/bench"
}
trap cleanup EXIT

require_tools() {
  if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null || ! command -v bc >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "needs wrk, nginx-light and bc: sudo apt-get install -y wrk nginx-light bc" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light bc >/dev/null
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

publish_site() {
  echo "Building Release…" >&2
  dotnet publish src/LinshuReports.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
}

start_site() { # content-folder → sets site_pid, site_url and startup (seconds to the first successful response)
  local port; port=$(free_port)
  site_url="http://127.0.0.1:$port"
  local t0; t0=$(now)
  Content__Root="$1" ASPNETCORE_ENVIRONMENT=Production \
    dotnet "$work/app/LinshuReports.Web.dll" --urls "$site_url" >"$work/site-$port.log" 2>&1 &
  site_pid=$!
  pids+=("$site_pid")
  until curl -fs -o /dev/null "$site_url/readyz"; do sleep 0.01; done
  startup=$(printf "%.2f" "$(echo "$(now) - $t0" | bc)")
}
