// The home page: the engines to offer and which are on by default, and the saved searches with what is
// new in each (read from the state store: no outbound request, no search). Its form actions save, rename
// and delete saved searches for pages without JavaScript as with it; they load the parsers of what they are
// sent when first used, so a page view (most often a woken process's first request) compiles none of it.
import { fail, redirect } from '@sveltejs/kit';
import { authorizeChange } from '#lib/server/http/authorize-change.ts';
import { savedList } from '#lib/server/saved/saved-list.ts';
import { savedSearchAddress } from '#lib/server/saved/saved-address.ts';
import { deleteSaved, renameSaved, saveSearch } from '#lib/server/saved/saved-searches.ts';
import { listEngines } from '#lib/server/search/engine-list.ts';

export async function load(event) {
	const engines = await listEngines();
	const owner = authorizeChange(event);
	return {
		engines,
		selected: engines.filter((engine) => engine.enabled).map((engine) => engine.id),
		saved: owner.ok ? await savedList(owner.value.user, event.url) : []
	};
}

async function formFields(request: Request): Promise<Record<string, string>> {
	const form = await request.formData().catch(() => null);
	const fields: Record<string, string> = {};
	for (const [key, value] of form ?? []) if (typeof value === 'string') fields[key] = value;
	return fields;
}

export const actions = {
	async save(event) {
		const owner = authorizeChange(event);
		if (!owner.ok) return fail(403, { error: owner.error });
		const fields = await formFields(event.request);
		if (!fields.name) delete fields.name;
		const { parseSaveRequest } = await import('#lib/server/saved/saved-request.ts');
		const search = parseSaveRequest(fields);
		if (!search.ok) return fail(400, { error: search.error });
		const saved = await saveSearch(owner.value.user, search.value);
		if (!saved.ok) return fail(409, { error: saved.error });
		redirect(303, savedSearchAddress(saved.value));
	},
	async rename(event) {
		const owner = authorizeChange(event);
		if (!owner.ok) return fail(403, { error: owner.error });
		const fields = await formFields(event.request);
		const { parseRenameRequest } = await import('#lib/server/saved/saved-request.ts');
		const name = parseRenameRequest({ name: fields.name ?? '' });
		if (!name.ok) return fail(400, { error: name.error });
		if (!(await renameSaved(owner.value.user, fields.id ?? '', name.value)))
			return fail(404, { error: 'no saved search has that id' });
		redirect(303, '/#saved-heading');
	},
	async delete(event) {
		const owner = authorizeChange(event);
		if (!owner.ok) return fail(403, { error: owner.error });
		const fields = await formFields(event.request);
		if (!(await deleteSaved(owner.value.user, fields.id ?? '')))
			return fail(404, { error: 'no saved search has that id' });
		redirect(303, '/');
	}
};
