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
  until curl -fs -o /dev/null "$site_url/readyz"; do
    kill -0 "$site_pid" 2>/dev/null || { echo "the site did not start:" >&2; cat "$work/site-$port.log" >&2; exit 1; }
    sleep 0.01
  done
  startup=$(printf "%.2f" "$(echo "$(now) - $t0" | bc)")
}

make_many_reports() { # source-report target-folder: 1,000 synthetic reports, the 2024 text under other years and addresses
  python3 - "$1" "$2" <<'PY'
import os, sys
source, target = sys.argv[1], sys.argv[2]
os.makedirs(target)
text = open(source, encoding="utf-8").read()
body = text.split("\n---\n", 1)[1]
for i in range(1000):
    year = 1980 + i % 45
    with open(os.path.join(target, f"{year}-town-{i}.md"), "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: 合成测试报告第{i}号\nyear: {year}\npublisher: 测试机关{i}\ncategory: 通知公告\n---\n{body}")
PY
}

# wrk's 50% and 99% latencies in ms, and requests/s: "rps p50 p99 non2xx errors"
measure() {
  local url=$1; shift
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" "$url")
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { non2xx = $NF }
    /Socket errors/ { errors = $0 }
    END { printf "%.0f %.2f %.2f %d %s\n", rps, p50, p99, non2xx, (errors == "" ? "none" : "yes") }'
}

# Rounds of wrk runs by name, summed by round and averaged by mean (two rounds, interleaved by the caller: on a
# shared 2-core machine the order of runs otherwise shows in the ratios). Needs $threads, $connections, $duration.
declare -A sum errors
round() { # name url [wrk args…]
  local name=$1; shift
  read -r rps p50 p99 bad err < <(measure "$@")
  sum[$name]=$(echo "${sum[$name]:-0 0 0 0} $rps $p50 $p99 $bad" | awk '{ printf "%f %f %f %d", $1 + $5, $2 + $6, $3 + $7, $4 + $8 }')
  [ "$err" = none ] || errors[$name]=yes
}
mean() { echo "${sum[$1]} ${errors[$1]:-none}" | awk '{ printf "%.0f %.2f %.2f %d %s\n", $1 / 2, $2 / 2, $3 / 2, $4, $5 }'; }
ratio() { echo "scale=2; $1 / $2" | bc; }

# CPU seconds (user + system) a process has used so far.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
