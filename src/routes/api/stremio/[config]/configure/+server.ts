// GET /api/stremio/<config>/configure: Stremio's "Configure" button on a configured add-on: the configure
// page, filled in with that configuration.
import { redirect } from '@sveltejs/kit';

export function GET({ params }) {
	redirect(303, `/configure?${new URLSearchParams({ config: params.config })}`);
}
