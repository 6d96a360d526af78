#!/usr/bin/env bash
# Builds a local stand-in for the official Node 24 image (Debian bookworm, node and npm in /usr/local,
# user `node` with uid 1000) for machines that cannot pull from a registry. Usage: make-base-image.sh NAME
set -euo pipefail
name=${1:?image name}
root=$(cd "$(dirname "$0")/../.." && pwd)
node_bin=${NODE_BIN:-$(command -v node)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

debootstrap --variant=minbase bookworm "$work/rootfs" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log" >&2; exit 1; }
install -D -m 0755 "$node_bin" "$work/rootfs/usr/local/bin/node"
# npm comes from the registry like the node binary: the same version Node 24 bundles upstream.
npm install --prefix "$work/npm" --no-save --no-package-lock --loglevel=error npm@11 >&2
mkdir -p "$work/rootfs/usr/local/lib/node_modules"
cp -a "$work/npm/node_modules/npm" "$work/rootfs/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/rootfs/usr/local/bin/npx"
chroot "$work/rootfs" sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
tar -C "$work/rootfs" -c . | podman import --change 'CMD ["node"]' - "$name" >/dev/null
echo "make-base-image: $name from $(node --version) in $root" >&2
