// The answers the startpage engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['serp/startpage-2026.html'],
	results: [
		{
			about: 'the live, unprettified spelling of the same data: JSON inside React.createElement(…)',
			body: `<script>React.createElement(UIStartpage.AppSerpWeb, {"render":{"presenter":{"regions":{"mainline":[{"display_type":"ads-google-top","results":[{"clickUrl":"https://ad.example/"}]},{"display_type":"web-google","results":[{"clickUrl":"https:\\/\\/site.example\\/post\\/1?a=1\\u0026b=2","title":"Post"}]}]}}}})</script>`
		}
	],
	blocked: [
		{
			about: "the redirect to /sp/captcha that SearXNG's startpage engine treats as a captcha",
			status: 302,
			headers: { location: '/sp/captcha?query=ubuntu' },
			body: ''
		}
	]
};
