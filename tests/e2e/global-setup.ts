// Starts the fake web and the built app pointed at it, as an operator would configure them.
import { startFakeWeb } from '../fake-web/fake-web.ts';
import { startApp } from '../app-server.ts';
import { fakeWebEnv, scenarioRoutes } from './scenario.ts';

export default async function globalSetup() {
	const web = await startFakeWeb(scenarioRoutes());
	const app = await startApp(fakeWebEnv(web.url));
	process.env.APP_URL = app.url;
	process.env.FAKE_WEB_URL = web.url;
	return async () => {
		await app.stop();
		await web.close();
	};
}
