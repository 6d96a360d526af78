// GET /api/stremio/configure: where Stremio's "Configure" button goes for the unconfigured add-on (the
// manifest's URL with `configure` for `manifest.json`): the configure page.
import { redirect } from '@sveltejs/kit';

export function GET() {
	redirect(303, '/configure');
}
