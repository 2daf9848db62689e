#!/usr/bin/env bash
# Builds the address oracle (test/oracle/k8snet): a Go program over Debian's packaged copy of the
# upstream k8s.io/utils/net, which src/domain/net/oracle.test.ts compares our net module with.
# Installs Debian's golang-go and golang-k8s-utils-dev when missing, then builds offline in GOPATH
# mode into node_modules/.cache/k8snet-oracle/k8snet (out of git). Prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
gopath_src=/usr/share/gocode/src/k8s.io/utils/net
out_dir="node_modules/.cache/k8snet-oracle"
bin="$out_dir/k8snet"
packages=(golang-go golang-k8s-utils-dev)

if ! command -v go >/dev/null || [ ! -f "$gopath_src/parse.go" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's ${packages[*]} for the address oracle..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
    echo "Installing Debian's ${packages[*]} for the address oracle (sudo)..." >&2
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  else
    echo "The address oracle needs Go and k8s.io/utils/net under /usr/share/gocode." >&2
    echo "Install them (Debian: apt-get install ${packages[*]})." >&2
    exit 1
  fi
fi
if ! command -v go >/dev/null || [ ! -f "$gopath_src/parse.go" ]; then
  echo "Installing ${packages[*]} did not provide go and $gopath_src." >&2
  exit 1
fi

# Rebuild only when the source or the packaged library is newer than the binary.
if [ -x "$bin" ] && [ "$bin" -nt test/oracle/k8snet/main.go ] && [ "$bin" -nt "$gopath_src/parse.go" ]; then
  echo "$bin"
  exit 0
fi
mkdir -p "$out_dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# GOPATH mode, no network: the import k8s.io/utils/net resolves under /usr/share/gocode.
GO111MODULE=off GOPATH="$work:/usr/share/gocode" GOCACHE="$work/cache" GOPROXY=off GOFLAGS= \
  go build -o "$bin.tmp" ./test/oracle/k8snet
mv "$bin.tmp" "$bin"
echo "$bin"
