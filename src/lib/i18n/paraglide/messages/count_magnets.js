/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Count_MagnetsInputs */

const en_count_magnets = /** @type {(inputs: Count_MagnetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} magnet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} magnets`);
	return /** @type {LocalizedString} */ ("count_magnets");
};

const pt_br2_count_magnets = /** @type {(inputs: Count_MagnetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("pt-BR", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} magnet`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} magnets`);
	return /** @type {LocalizedString} */ ("count_magnets");
};

const es_count_magnets = /** @type {(inputs: Count_MagnetsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} magnet`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} magnets`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} magnets`);
	return /** @type {LocalizedString} */ ("count_magnets");
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} magnet" |
* | "other" | "{count} magnets" |
*
* @param {Count_MagnetsInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const count_magnets = /** @type {((inputs: Count_MagnetsInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Count_MagnetsInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_count_magnets(inputs)
	if (locale === "es") return es_count_magnets(inputs)
	return en_count_magnets(inputs)
});