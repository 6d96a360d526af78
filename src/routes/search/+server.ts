// GET /search for clients that do not ask for HTML first (curl, scripts, text tools): SvelteKit sends
// browsers to the page beside this file and everyone else here, to the basic page, which writes every
// result into the HTML itself. Redirected rather than served so it counts as the search it starts.
import { redirect } from '@sveltejs/kit';

export function GET({ url }) {
	redirect(303, `/search/basic${url.search}`);
}
