/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Stream_FailedInputs */

const en_stream_failed = /** @type {(inputs: Stream_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The search stopped early (${i?.reason}). Results so far are shown; search again to retry.`)
};

const pt_br2_stream_failed = /** @type {(inputs: Stream_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A busca parou antes do fim (${i?.reason}). Os resultados obtidos aparecem abaixo; busque de novo para tentar outra vez.`)
};

const es_stream_failed = /** @type {(inputs: Stream_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La búsqueda se detuvo antes de tiempo (${i?.reason}). Se muestran los resultados obtenidos; busca de nuevo para reintentar.`)
};

/**
* | output |
* | --- |
* | "The search stopped early ({reason}). Results so far are shown; search again to retry." |
*
* @param {Stream_FailedInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const stream_failed = /** @type {((inputs: Stream_FailedInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stream_FailedInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_stream_failed(inputs)
	if (locale === "es") return es_stream_failed(inputs)
	return en_stream_failed(inputs)
});