/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Count_FilesInputs */

const en_count_files = /** @type {(inputs: Count_FilesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} file`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} files`);
	return /** @type {LocalizedString} */ ("count_files");
};

const pt_br2_count_files = /** @type {(inputs: Count_FilesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("pt-BR", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} arquivo`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} arquivos`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} arquivos`);
	return /** @type {LocalizedString} */ ("count_files");
};

const es_count_files = /** @type {(inputs: Count_FilesInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} archivo`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${i?.count} archivos`);
	if (countPlural === "other") return /** @type {LocalizedString} */ (`${i?.count} archivos`);
	return /** @type {LocalizedString} */ ("count_files");
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} file" |
* | "other" | "{count} files" |
*
* @param {Count_FilesInputs} inputs
* @param {{ locale?: "en" | "pt-BR" | "es" }} options
* @returns {LocalizedString}
*/
export const count_files = /** @type {((inputs: Count_FilesInputs, options?: { locale?: "en" | "pt-BR" | "es" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Count_FilesInputs, { locale?: "en" | "pt-BR" | "es" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "pt-BR") return pt_br2_count_files(inputs)
	if (locale === "es") return es_count_files(inputs)
	return en_count_files(inputs)
});