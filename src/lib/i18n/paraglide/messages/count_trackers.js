/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Count_TrackersInputs */

const en_count_trackers = /** @type {(inputs: Count_TrackersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} tracker`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} trackers`);
	return /** @type {LocalizedString} */ ("count_trackers");
};

const pt_br2_count_trackers = /** @type {(inputs: Count_TrackersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("pt-BR", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} tracker`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} trackers`);
	return /** @type {LocalizedString} */ ("count_trackers");
};

const es_count_trackers = /** @type {(inputs: Count_TrackersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} tracker`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} trackers`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} trackers`);
	return /** @type {LocalizedString} */ ("count_trackers");
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} tracker" |
* | "other" | "{count} trackers" |
*
* @param {Count_TrackersInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const count_trackers = /** @type {((inputs: Count_TrackersInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Count_TrackersInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_count_trackers(inputs)
	if (locale === "es") return es_count_trackers(inputs)
	return en_count_trackers(inputs)
});