/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Count_LeechersInputs */

const en_count_leechers = /** @type {(inputs: Count_LeechersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} leecher`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} leechers`);
	return /** @type {LocalizedString} */ ("count_leechers");
};

const pt_br2_count_leechers = /** @type {(inputs: Count_LeechersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("pt-BR", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} leecher`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} leechers`);
	return /** @type {LocalizedString} */ ("count_leechers");
};

const es_count_leechers = /** @type {(inputs: Count_LeechersInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} leecher`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} leechers`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} leechers`);
	return /** @type {LocalizedString} */ ("count_leechers");
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} leecher" |
* | "other" | "{count} leechers" |
*
* @param {Count_LeechersInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const count_leechers = /** @type {((inputs: Count_LeechersInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Count_LeechersInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_count_leechers(inputs)
	if (locale === "es") return es_count_leechers(inputs)
	return en_count_leechers(inputs)
});