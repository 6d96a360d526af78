/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Dead_TorrentInputs */

const en_dead_torrent = /** @type {(inputs: Dead_TorrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dead: nobody seeds it`)
};

const pt_br2_dead_torrent = /** @type {(inputs: Dead_TorrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`morto: ninguém semeia`)
};

const es_dead_torrent = /** @type {(inputs: Dead_TorrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`muerto: nadie lo comparte`)
};

/**
* | output |
* | --- |
* | "dead: nobody seeds it" |
*
* @param {Dead_TorrentInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const dead_torrent = /** @type {((inputs?: Dead_TorrentInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Dead_TorrentInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_dead_torrent(inputs)
	if (locale === "es") return es_dead_torrent(inputs)
	return en_dead_torrent(inputs)
});