// The interface speaks the visitor's language (Accept-Language), switchable, with <html lang> to match.
import { hasFixtures } from '../fake-web/fake-web.ts';
import { expect, test } from './fixtures.ts';

test.describe('Brazilian Portuguese from Accept-Language', () => {
	test.use({ locale: 'pt-BR' });

	test('the home page and a search speak Portuguese', async ({ page }) => {
		test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
		await expect(page.getByLabel('Buscar por')).toBeVisible();
		await page.getByLabel('Buscar por').fill('silo');
		await page.getByRole('button', { name: 'Buscar', exact: true }).click();
		await expect(page.getByTestId('progress')).toContainText(
			/2 de 2 buscadores responderam · \d+ páginas verificadas/,
			{
				timeout: 15_000
			}
		);
		await expect(page.getByRole('link', { name: 'Abrir magnet' }).first()).toBeVisible();
		// copying is one of the card's further actions, under "Mais"
		await page.locator('.card').first().getByText('Mais', { exact: true }).click();
		await expect(page.getByRole('button', { name: 'Copiar magnet' }).first()).toBeVisible();
	});
});

test('the switcher changes the language and remembers it', async ({ page }) => {
	await page.goto('/?q=kept');
	await page.getByText('Language: English').click();
	await page.getByRole('link', { name: 'Español' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page).toHaveURL(/\/\?q=kept$/);
	await expect(page.getByLabel('Qué buscar')).toBeVisible();
	await page.goto('/search?q=%3C');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByText('Dónde buscar')).toBeVisible();
});

test('Spanish from Accept-Language, English otherwise', async ({ request }) => {
	const spanish = await (await request.get('/', { headers: { 'accept-language': 'es-MX,es;q=0.9' } })).text();
	expect(spanish).toContain('<html lang="es"');
	expect(spanish).toContain('Buscar');
	const other = await (await request.get('/', { headers: { 'accept-language': 'de-DE,de;q=0.9' } })).text();
	expect(other).toContain('<html lang="en"');
});

test('the language menu closes with Escape and gives focus back', async ({ page }) => {
	await page.goto('/');
	const summary = page.getByText('Language: English');
	await summary.click();
	await expect(page.getByRole('link', { name: 'Español' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('link', { name: 'Español' })).toBeHidden();
	await expect(page.locator('.language-menu summary')).toBeFocused();
});
