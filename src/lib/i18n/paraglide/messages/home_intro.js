/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Home_IntroInputs */

const en_home_intro = /** @type {(inputs: Home_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type a title. cf-torrent asks web search engines and torrent indexes, checks the pages they link to and lists every magnet it finds, merged by infohash.`)
};

const pt_br2_home_intro = /** @type {(inputs: Home_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Digite um título. O cf-torrent consulta buscadores da web e índices de torrents, verifica as páginas encontradas e lista cada magnet, agrupado por infohash.`)
};

const es_home_intro = /** @type {(inputs: Home_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe un título. cf-torrent consulta buscadores web e índices de torrents, revisa las páginas que enlazan y lista cada magnet que encuentra, agrupado por infohash.`)
};

/**
* | output |
* | --- |
* | "Type a title. cf-torrent asks web search engines and torrent indexes, checks the pages they link to and lists every magnet it finds, merged by infohash." |
*
* @param {Home_IntroInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const home_intro = /** @type {((inputs?: Home_IntroInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_IntroInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_home_intro(inputs)
	if (locale === "es") return es_home_intro(inputs)
	return en_home_intro(inputs)
});