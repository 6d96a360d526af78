// The floor's /healthz: start-up without a page render.
export function GET() {
	return new Response('ok');
}
