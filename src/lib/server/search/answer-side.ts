// What a live search needs only once its engines answer: the pages' harvest, .torrent files, the swarm,
// FlareSolverr for challenges and the search statistics. live-search.ts loads it once the engine requests
// are on the wire, so a woken process sends them before compiling any of it (node:dgram included).
export { ChallengeSolver } from '#lib/server/harvest/flaresolverr.ts';
export { harvestPage } from '#lib/server/harvest/harvest-page.ts';
export { isIgnoredLink, pageKey, torrentLikelihood } from '#lib/server/harvest/link-policy.ts';
export { watchSwarm } from '#lib/server/swarm/index.ts';
export { recordSearch } from '#lib/server/engine-stats/recorder.ts';
export { MAX_TORRENT_FILES, sightingFromTorrentFile } from './torrent-files.ts';
